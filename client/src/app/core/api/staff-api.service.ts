import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { definedParams } from './query-params';
import type { StaffFields, StaffMember, StaffPage, StaffQuery } from './staff.models';

const BASE = '/api/hygiene/staff';

/** `/api/hygiene/staff`: staff members and their badges. Personal data: admin and infection control only. */
@Injectable({ providedIn: 'root' })
export class StaffApiService {
  private readonly http = inject(HttpClient);

  staff(query: StaffQuery = {}): Observable<StaffPage> {
    return this.http.get<StaffPage>(BASE, { params: definedParams(query) });
  }

  create(fields: StaffFields): Observable<StaffMember> {
    return this.http.post<StaffMember>(BASE, fields);
  }

  update(id: number, changes: Partial<StaffFields>): Observable<StaffMember> {
    return this.http.patch<StaffMember>(`${BASE}/${id}`, changes);
  }

  assignBadge(id: number, tagId: string): Observable<StaffMember> {
    return this.http.post<StaffMember>(`${BASE}/${id}/badge`, { tagId });
  }

  unassignBadge(id: number): Observable<StaffMember> {
    return this.http.delete<StaffMember>(`${BASE}/${id}/badge`);
  }

  deactivate(id: number): Observable<StaffMember> {
    return this.http.post<StaffMember>(`${BASE}/${id}/deactivate`, {});
  }

  reactivate(id: number): Observable<StaffMember> {
    return this.http.post<StaffMember>(`${BASE}/${id}/reactivate`, {});
  }
}
