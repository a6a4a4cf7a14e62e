import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { EMPTY, type Observable, expand, map, reduce } from 'rxjs';
import {
  type Asset,
  type AssetPage,
  type AssetQuery,
  type AssetTrail,
  type AssetUtilization,
  type ChangeStatusRequest,
  type CreateAssetRequest,
  type EquipmentType,
  type NearestResult,
  type ParLevel,
  type ParLevelSetting,
  type PmDue,
  type TimeRange,
  type TypeUtilization,
  type UnpairedTag,
  type UpdateAssetRequest,
  type UtilizationQuery,
  MAX_ASSET_PAGE_SIZE,
} from './equipment.models';
import { definedParams } from './query-params';

const BASE = '/api/equipment';

/** `/api/equipment`: the asset registry, finding equipment, tags and PAR levels. Writes: admin and biomed. */
@Injectable({ providedIn: 'root' })
export class EquipmentApiService {
  private readonly http = inject(HttpClient);

  assets(query: AssetQuery = {}): Observable<AssetPage> {
    return this.http.get<AssetPage>(`${BASE}/assets`, { params: definedParams(query) });
  }

  /** Every asset matching, fetched a page (the server's largest) at a time. */
  everyAsset(query: Omit<AssetQuery, 'limit' | 'offset'>): Observable<Asset[]> {
    const page = (offset: number) => this.assets({ ...query, limit: MAX_ASSET_PAGE_SIZE, offset }).pipe(map((result) => ({ offset, result })));
    return page(0).pipe(
      expand(({ offset, result }) => {
        const next = offset + result.items.length;
        return result.items.length > 0 && next < result.total ? page(next) : EMPTY;
      }),
      reduce((assets: Asset[], { result }) => [...assets, ...result.items], []),
    );
  }

  asset(assetId: number): Observable<Asset> {
    return this.http.get<Asset>(assetUrl(assetId));
  }

  createAsset(request: CreateAssetRequest): Observable<Asset> {
    return this.http.post<Asset>(`${BASE}/assets`, request);
  }

  updateAsset(assetId: number, changes: UpdateAssetRequest): Observable<Asset> {
    return this.http.patch<Asset>(assetUrl(assetId), changes);
  }

  /** 409 when the server's transition table does not allow it; its issue on `status` names the allowed ones. */
  changeStatus(assetId: number, request: ChangeStatusRequest): Observable<Asset> {
    return this.http.post<Asset>(`${assetUrl(assetId)}/status`, request);
  }

  pairTag(assetId: number, tagId: string): Observable<Asset> {
    return this.http.post<Asset>(`${assetUrl(assetId)}/tag`, { tagId });
  }

  unpairTag(assetId: number): Observable<Asset> {
    return this.http.delete<Asset>(`${assetUrl(assetId)}/tag`);
  }

  trail(assetId: number, range: TimeRange): Observable<AssetTrail> {
    return this.http.get<AssetTrail>(`${assetUrl(assetId)}/trail`, { params: definedParams(range) });
  }

  /** In use, idle and out of service over the range: per type (optionally one), each with its assets. */
  utilization(query: UtilizationQuery): Observable<TypeUtilization[]> {
    return this.http.get<TypeUtilization[]>(`${BASE}/utilization`, { params: definedParams(query) });
  }

  assetUtilization(assetId: number, range: TimeRange): Observable<AssetUtilization> {
    return this.http.get<AssetUtilization>(`${assetUrl(assetId)}/utilization`, { params: definedParams(range) });
  }

  /** Assets in service whose preventive maintenance is overdue or due within the days, soonest first. */
  pmDue(withinDays: number): Observable<PmDue[]> {
    return this.http.get<PmDue[]>(`${BASE}/pm-due`, { params: { withinDays } });
  }

  /** Available assets of a type by walking time from a room. */
  nearest(typeCode: string, roomId: string, limit = 5): Observable<NearestResult> {
    return this.http.get<NearestResult>(`${BASE}/nearest`, { params: { type: typeCode, room: roomId, limit } });
  }

  types(): Observable<EquipmentType[]> {
    return this.http.get<EquipmentType[]>(`${BASE}/types`);
  }

  unpairedTags(): Observable<UnpairedTag[]> {
    return this.http.get<UnpairedTag[]>(`${BASE}/unpaired-tags`);
  }

  parLevels(): Observable<ParLevel[]> {
    return this.http.get<ParLevel[]>(`${BASE}/par-levels`);
  }

  /** Replaces every level: levels left out are removed. */
  replaceParLevels(levels: readonly ParLevelSetting[]): Observable<ParLevel[]> {
    return this.http.put<ParLevel[]>(`${BASE}/par-levels`, { levels });
  }
}

function assetUrl(assetId: number): string {
  return `${BASE}/assets/${assetId}`;
}
