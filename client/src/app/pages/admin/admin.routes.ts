import type { Routes } from '@angular/router';
import { AdminPage } from './admin.page';

export const ADMIN_ROUTES: Routes = [
  {
    path: '',
    component: AdminPage,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'users' },
      {
        path: 'users',
        title: 'Users · Administration',
        loadComponent: () => import('./users/users-tab.component').then((m) => m.UsersTabComponent),
      },
      {
        path: 'device-keys',
        title: 'Device keys · Administration',
        loadComponent: () => import('./device-keys/device-keys-tab.component').then((m) => m.DeviceKeysTabComponent),
      },
      {
        path: 'gateways',
        title: 'Gateway health · Administration',
        loadComponent: () => import('./gateway-health/gateway-health-tab.component').then((m) => m.GatewayHealthTabComponent),
      },
      {
        path: 'audit',
        title: 'Audit · Administration',
        loadComponent: () => import('./audit/audit-tab.component').then((m) => m.AuditTabComponent),
      },
    ],
  },
];
