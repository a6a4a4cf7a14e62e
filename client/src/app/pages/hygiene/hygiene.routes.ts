import type { Routes } from '@angular/router';
import { roleGuard } from '../../core/auth/auth.guards';
import { HYGIENE_INVESTIGATORS } from './hygiene-roles';
import { HygienePage } from './hygiene.page';

export const HYGIENE_ROUTES: Routes = [
  {
    path: '',
    component: HygienePage,
    children: [
      { path: '', pathMatch: 'full', loadComponent: () => import('./compliance/compliance-tab.component').then((m) => m.ComplianceTabComponent) },
      { path: 'cleaning', title: 'Cleaning board · Hygiene', loadComponent: () => import('./cleaning/cleaning-tab.component').then((m) => m.CleaningTabComponent) },
      { path: 'environment', title: 'Environment · Hygiene', loadComponent: () => import('./environment/environment-tab.component').then((m) => m.EnvironmentTabComponent) },
      {
        path: 'audit-report',
        title: 'Audit report · Hygiene',
        canActivate: [roleGuard(...HYGIENE_INVESTIGATORS)],
        loadComponent: () => import('./audit-report/audit-report-tab.component').then((m) => m.AuditReportTabComponent),
      },
      {
        path: 'contacts',
        title: 'Contact investigation · Hygiene',
        canActivate: [roleGuard(...HYGIENE_INVESTIGATORS)],
        loadComponent: () => import('./contacts/contacts-tab.component').then((m) => m.ContactsTabComponent),
      },
      {
        path: 'staff',
        title: 'Staff and badges · Hygiene',
        canActivate: [roleGuard(...HYGIENE_INVESTIGATORS)],
        loadComponent: () => import('../staff/staff.page').then((m) => m.StaffPage),
      },
    ],
  },
];
