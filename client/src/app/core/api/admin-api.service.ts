import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  AdminDevice,
  AdminUser,
  AuditEntry,
  AuditPage,
  CreateDeviceKeyRequest,
  CreateUserRequest,
  CreatedDeviceKey,
  DeviceKey,
  UpdateUserRequest,
} from './admin.models';

/** `/api/admin`: users, device keys, devices and the audit trail. Admin role only. */
@Injectable({ providedIn: 'root' })
export class AdminApiService {
  private readonly http = inject(HttpClient);

  users(): Observable<AdminUser[]> {
    return this.http.get<AdminUser[]>('/api/admin/users');
  }

  createUser(request: CreateUserRequest): Observable<AdminUser> {
    return this.http.post<AdminUser>('/api/admin/users', request);
  }

  updateUser(userId: number, changes: UpdateUserRequest): Observable<AdminUser> {
    return this.http.patch<AdminUser>(`/api/admin/users/${userId}`, changes);
  }

  deviceKeys(): Observable<DeviceKey[]> {
    return this.http.get<DeviceKey[]>('/api/admin/device-keys');
  }

  createDeviceKey(request: CreateDeviceKeyRequest): Observable<CreatedDeviceKey> {
    return this.http.post<CreatedDeviceKey>('/api/admin/device-keys', request);
  }

  revokeDeviceKey(keyId: number): Observable<DeviceKey> {
    return this.http.post<DeviceKey>(`/api/admin/device-keys/${keyId}/revoke`, null);
  }

  devices(): Observable<AdminDevice[]> {
    return this.http.get<AdminDevice[]>('/api/admin/devices');
  }

  audit(page: AuditPage): Observable<AuditEntry[]> {
    let params = new HttpParams().set('limit', page.limit);
    if (page.before !== undefined) params = params.set('before', page.before);
    return this.http.get<AuditEntry[]>('/api/admin/audit', { params });
  }
}
