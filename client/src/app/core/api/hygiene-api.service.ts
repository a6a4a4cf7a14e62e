import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  AuditReportQuery,
  ComplianceQuery,
  ComplianceReport,
  ContactInvestigation,
  ContactsQuery,
  EnvironmentMeasure,
  EnvironmentSensor,
  Excursion,
  ExcursionsQuery,
  GroupLevelQuery,
  GroupLevelReport,
  LimitOverride,
  ReadingBucket,
  ReadingsQuery,
  RoomLimit,
  RoomCleaning,
  RoomEvent,
} from './hygiene.models';
import { definedParams } from './query-params';

const BASE = '/api/hygiene';

function limitPath(roomId: string, measure: EnvironmentMeasure): string {
  return `${BASE}/environment/limits/${encodeURIComponent(roomId)}/${measure}`;
}

/** `/api/hygiene`: compliance, the cleaning board and room events, environment readings and excursions, contact investigation, the audit report. */
@Injectable({ providedIn: 'root' })
export class HygieneApiService {
  private readonly http = inject(HttpClient);

  compliance(query: ComplianceQuery): Observable<ComplianceReport> {
    return this.http.get<ComplianceReport>(`${BASE}/compliance`, { params: definedParams(query) });
  }

  groupLevelCompliance(query: GroupLevelQuery): Observable<GroupLevelReport> {
    return this.http.get<GroupLevelReport>(`${BASE}/compliance/group-level`, { params: definedParams(query) });
  }

  cleaningBoard(): Observable<RoomCleaning[]> {
    return this.http.get<RoomCleaning[]>(`${BASE}/rooms/cleaning`);
  }

  /** Answers the room's state after the event. */
  recordRoomEvent(roomId: string, event: RoomEvent): Observable<RoomCleaning> {
    return this.http.post<RoomCleaning>(`${BASE}/rooms/${encodeURIComponent(roomId)}/events`, event);
  }

  readings(query: ReadingsQuery): Observable<ReadingBucket[]> {
    return this.http.get<ReadingBucket[]>(`${BASE}/environment/readings`, { params: definedParams(query) });
  }

  excursions(query: ExcursionsQuery): Observable<Excursion[]> {
    return this.http.get<Excursion[]>(`${BASE}/environment/excursions`, { params: definedParams(query) });
  }

  /** Every placed environment sensor with the limits judging its measures. */
  sensors(): Observable<EnvironmentSensor[]> {
    return this.http.get<EnvironmentSensor[]>(`${BASE}/environment/sensors`);
  }

  /** Sets a room's own limit for a measure of its air (infection control, admin); answers the limit now in force. */
  setLimit(roomId: string, measure: EnvironmentMeasure, limit: LimitOverride): Observable<RoomLimit> {
    return this.http.put<RoomLimit>(limitPath(roomId, measure), limit);
  }

  /** Removes a room's override: the default judges again. */
  removeLimit(roomId: string, measure: EnvironmentMeasure): Observable<void> {
    return this.http.delete<void>(limitPath(roomId, measure));
  }

  /** The staff and equipment in a room during a period (infection control, admin). */
  contacts(query: ContactsQuery): Observable<ContactInvestigation> {
    return this.http.get<ContactInvestigation>(`${BASE}/contacts`, { params: definedParams(query) });
  }

  /** The report file with its headers (the server names the file); sent with the session cookie like every request. */
  auditReport(query: AuditReportQuery): Observable<HttpResponse<Blob>> {
    return this.http.get(`${BASE}/audit-report`, { params: definedParams(query), responseType: 'blob', observe: 'response' });
  }
}
