import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { GatewayHealth } from './gateways.models';

/** `/api/gateways`: the health of the BLE gateways (ingest state and the scanner agents' heartbeats). */
@Injectable({ providedIn: 'root' })
export class GatewaysApiService {
  private readonly http = inject(HttpClient);

  health(): Observable<GatewayHealth[]> {
    return this.http.get<GatewayHealth[]>('/api/gateways/health');
  }
}
