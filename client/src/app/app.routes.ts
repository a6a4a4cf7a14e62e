import type { Routes } from '@angular/router';
import { authGuard, guestGuard, roleGuard } from './core/auth/auth.guards';
import { ShellComponent } from './shell/shell.component';

export const routes: Routes = [
  {
    path: 'login',
    title: 'Sign in',
    canActivate: [guestGuard],
    loadComponent: () => import('./pages/login/login.page').then((m) => m.LoginPage),
  },
  {
    path: '',
    component: ShellComponent,
    canActivate: [authGuard],
    canActivateChild: [authGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'map' },
      {
        path: 'map',
        title: 'Map',
        loadComponent: () => import('./pages/map/map.page').then((m) => m.MapPage),
      },
      {
        path: 'equipment',
        title: 'Equipment',
        loadChildren: () => import('./pages/equipment/equipment.routes').then((m) => m.EQUIPMENT_ROUTES),
      },
      {
        path: 'hygiene',
        title: 'Hygiene',
        loadChildren: () => import('./pages/hygiene/hygiene.routes').then((m) => m.HYGIENE_ROUTES),
      },
      {
        path: 'inventory',
        title: 'Inventory',
        loadChildren: () => import('./pages/inventory/inventory.routes').then((m) => m.INVENTORY_ROUTES),
      },
      {
        path: 'alerts',
        title: 'Alerts',
        loadComponent: () => import('./pages/alerts/alerts.page').then((m) => m.AlertsPage),
      },
      {
        path: 'admin',
        title: 'Administration',
        canActivate: [roleGuard('admin')],
        loadChildren: () => import('./pages/admin/admin.routes').then((m) => m.ADMIN_ROUTES),
      },
    ],
  },
  { path: '**', redirectTo: 'map' },
];
