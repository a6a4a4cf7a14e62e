import { HttpParams } from '@angular/common/http';

type QueryValue = string | number | boolean | readonly (string | number)[] | null | undefined;

/**
 * Query parameters from a filter object, leaving out what is unset or blank so the server applies its
 * defaults (and an empty filter is not sent as `?type=`). Lists are sent comma-separated.
 */
export function definedParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(query) as [string, QueryValue][]) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params = params.set(name, value.join(','));
    } else {
      params = params.set(name, String(value));
    }
  }
  return params;
}
