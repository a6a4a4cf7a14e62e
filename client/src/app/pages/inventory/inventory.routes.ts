import type { Routes } from '@angular/router';
import { InventoryPage } from './inventory.page';

export const INVENTORY_ROUTES: Routes = [
  {
    path: '',
    component: InventoryPage,
    children: [
      { path: '', pathMatch: 'full', loadComponent: () => import('./cabinets/cabinets-tab.component').then((m) => m.CabinetsTabComponent) },
      { path: 'pick-list', title: 'Pick list · Inventory', loadComponent: () => import('./pick-list/pick-list-tab.component').then((m) => m.PickListTabComponent) },
      { path: 'expiry', title: 'Expiry · Inventory', loadComponent: () => import('./expiry/expiry-tab.component').then((m) => m.ExpiryTabComponent) },
      {
        path: 'discrepancies',
        title: 'Discrepancies · Inventory',
        loadComponent: () => import('./discrepancies/discrepancies-tab.component').then((m) => m.DiscrepanciesTabComponent),
      },
      {
        path: 'count-sessions',
        title: 'Count sessions · Inventory',
        loadComponent: () => import('./count-sessions/count-sessions-tab.component').then((m) => m.CountSessionsTabComponent),
      },
    ],
  },
];
