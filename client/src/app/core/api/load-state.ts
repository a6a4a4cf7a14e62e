import type { Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { type Observable, catchError, map, merge, of, startWith, switchMap } from 'rxjs';
import { apiErrorMessage } from './api-error';

/** What a screen shows of a request: loading, then the answer or what went wrong in words. */
export type LoadState<T> = { loading: true; error: null; value: null } | { loading: false; error: string; value: null } | { loading: false; error: null; value: T };

const LOADING = { loading: true, error: null, value: null } as const;

/**
 * The answer to `request(query)`, asked again whenever `query` changes or `reloads` emits (a retry),
 * the latest question winning. Call from a field initializer (an injection context).
 */
export function loadOnChange<Q, T>(query: Signal<Q>, reloads: Observable<unknown>, request: (query: Q) => Observable<T>, failure: string): Signal<LoadState<T>> {
  return toSignal(
    merge(toObservable(query), reloads.pipe(map(() => query()))).pipe(
      switchMap((current) =>
        request(current).pipe(
          map((value): LoadState<T> => ({ loading: false, error: null, value })),
          startWith<LoadState<T>>(LOADING),
          catchError((error: unknown) => of<LoadState<T>>({ loading: false, error: apiErrorMessage(error, failure), value: null })),
        ),
      ),
    ),
    { initialValue: LOADING },
  );
}
