import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { FloorDetail, SiteSummary } from './floorplan.models';

/** `/api/floorplan`: sites, buildings, floors and what is drawn on each floor. */
@Injectable({ providedIn: 'root' })
export class FloorplanApiService {
  private readonly http = inject(HttpClient);

  sites(): Observable<SiteSummary[]> {
    return this.http.get<SiteSummary[]>('/api/floorplan/sites');
  }

  floor(floorId: string): Observable<FloorDetail> {
    return this.http.get<FloorDetail>(`/api/floorplan/floors/${encodeURIComponent(floorId)}`);
  }
}
