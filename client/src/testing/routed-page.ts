import { type EnvironmentProviders, type Provider } from '@angular/core';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { type Routes, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { flushPromises } from './fixtures';

/** A page under test behind the real router (query parameters bound to inputs) and a fake backend. */
export interface RoutedPage {
  harness: RouterTestingHarness;
  backend: HttpTestingController;
  /** Everything the router shows. */
  element(): HTMLElement;
  byTestId<T extends HTMLElement = HTMLElement>(testId: string): T | null;
  /** Lets answered requests and the change detection they cause run. */
  settle(): Promise<void>;
}

export async function routedPage(routes: Routes, providers: (Provider | EnvironmentProviders)[] = []): Promise<RoutedPage> {
  TestBed.configureTestingModule({
    providers: [provideRouter(routes, withComponentInputBinding()), provideHttpClient(), provideHttpClientTesting(), ...providers],
  });
  const backend = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  const element = () => harness.fixture.nativeElement as HTMLElement;
  return {
    harness,
    backend,
    element,
    byTestId: <T extends HTMLElement = HTMLElement>(testId: string) => element().querySelector<T>(`[data-testid="${testId}"]`),
    settle: async () => {
      await flushPromises();
      await harness.fixture.whenStable();
    },
  };
}
