import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { Bin, BinEntryRequest, BinQuery, CabinetStock, CountSession, Discrepancy, ExpiringLot, PickStop, Resolution } from './inventory.models';
import { definedParams } from './query-params';

const BASE = '/api/inventory';

/** `/api/inventory`: cabinets, bins, expiry, the pick list, discrepancies and count sessions. Writes: pharmacy and admin. */
@Injectable({ providedIn: 'root' })
export class InventoryApiService {
  private readonly http = inject(HttpClient);

  cabinets(): Observable<CabinetStock[]> {
    return this.http.get<CabinetStock[]>(`${BASE}/cabinets`);
  }

  bins(query: BinQuery = {}): Observable<Bin[]> {
    return this.http.get<Bin[]>(`${BASE}/bins`, { params: definedParams(query) });
  }

  /** Appends to the bin's ledger as the signed-in user. */
  addEntry(binId: number, entry: BinEntryRequest): Observable<{ bin: Bin; discrepancyId: number | null }> {
    return this.http.post<{ bin: Bin; discrepancyId: number | null }>(`${BASE}/bins/${binId}/entries`, entry);
  }

  expiry(withinDays = 90, query: BinQuery = {}): Observable<ExpiringLot[]> {
    return this.http.get<ExpiringLot[]>(`${BASE}/expiry`, { params: definedParams({ ...query, withinDays }) });
  }

  /** `route`: cabinet ids in walking order. */
  pickList(query: { cabinet?: string; unit?: string; route?: readonly string[] } = {}): Observable<PickStop[]> {
    return this.http.get<PickStop[]>(`${BASE}/pick-list`, { params: definedParams(query) });
  }

  discrepancies(state: 'open' | 'resolved' | 'all' = 'open'): Observable<Discrepancy[]> {
    return this.http.get<Discrepancy[]>(`${BASE}/discrepancies`, { params: definedParams({ state }) });
  }

  /** The witness confirms with their own credentials; the server refuses the resolver as witness. */
  resolve(discrepancyId: number, resolution: Resolution): Observable<Discrepancy> {
    return this.http.post<Discrepancy>(`${BASE}/discrepancies/${discrepancyId}/resolve`, resolution);
  }

  countSessions(): Observable<CountSession[]> {
    return this.http.get<CountSession[]>(`${BASE}/count-sessions`);
  }

  countSession(id: number): Observable<CountSession> {
    return this.http.get<CountSession>(`${BASE}/count-sessions/${id}`);
  }

  startCountSession(scope: { cabinetIds: string[] } | { unit: string }): Observable<CountSession> {
    return this.http.post<CountSession>(`${BASE}/count-sessions`, scope);
  }

  addCounts(id: number, counts: Array<{ binId: number; count: number; method?: 'blind' | 'verify' }>): Observable<CountSession> {
    return this.http.post<CountSession>(`${BASE}/count-sessions/${id}/counts`, { counts });
  }

  signOff(id: number): Observable<CountSession> {
    return this.http.post<CountSession>(`${BASE}/count-sessions/${id}/sign-off`, {});
  }
}
