import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { Alert, AlertQuery, AlertSummary } from './alerts.models';
import { definedParams } from './query-params';

/** `/api/alerts`: one alert model for every feature; anyone reads, the kind decides who may act. */
@Injectable({ providedIn: 'root' })
export class AlertsApiService {
  private readonly http = inject(HttpClient);

  alerts(query: AlertQuery = {}): Observable<Alert[]> {
    return this.http.get<Alert[]>('/api/alerts', { params: definedParams(query) });
  }

  summary(): Observable<AlertSummary> {
    return this.http.get<AlertSummary>('/api/alerts/summary');
  }

  /** "I have seen this and am on it." 409 when someone was first or it is resolved. */
  acknowledge(alertId: number, note?: string): Observable<Alert> {
    return this.http.post<Alert>(`/api/alerts/${alertId}/acknowledge`, note ? { note } : {});
  }

  /** Closes it with what was done; the note is required. */
  resolve(alertId: number, note: string): Observable<Alert> {
    return this.http.post<Alert>(`/api/alerts/${alertId}/resolve`, { note });
  }
}
