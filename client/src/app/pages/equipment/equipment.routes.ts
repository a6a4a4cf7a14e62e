import type { Routes } from '@angular/router';
import { MAINTENANCE_PLANNERS } from '../../core/api/equipment.models';
import { roleGuard } from '../../core/auth/auth.guards';
import { EquipmentPage } from './equipment.page';

export const EQUIPMENT_ROUTES: Routes = [
  {
    path: '',
    component: EquipmentPage,
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./assets/assets-tab.component').then((m) => m.AssetsTabComponent),
      },
      {
        path: 'par-levels',
        title: 'PAR levels · Equipment',
        loadComponent: () => import('./par-levels/par-levels-tab.component').then((m) => m.ParLevelsTabComponent),
      },
      {
        path: 'utilization',
        title: 'Utilization · Equipment',
        loadComponent: () => import('./utilization/utilization-tab.component').then((m) => m.UtilizationTabComponent),
      },
      {
        path: 'maintenance',
        title: 'Maintenance due · Equipment',
        // Biomed plans maintenance; the server lets every role read the list, this keeps the screen to them.
        canActivate: [roleGuard(...MAINTENANCE_PLANNERS)],
        loadComponent: () => import('./maintenance/maintenance-tab.component').then((m) => m.MaintenanceTabComponent),
      },
    ],
  },
  {
    path: 'new',
    title: 'Register equipment',
    // The server refuses other roles too; this keeps them from a form they cannot send.
    canActivate: [roleGuard('admin', 'biomed')],
    loadComponent: () => import('./asset-detail/asset-create.page').then((m) => m.AssetCreatePage),
  },
  {
    path: ':id',
    title: 'Equipment details',
    loadComponent: () => import('./asset-detail/asset-detail.page').then((m) => m.AssetDetailPage),
  },
];
