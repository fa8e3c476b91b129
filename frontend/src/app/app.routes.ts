import type { Routes } from '@angular/router';
import { authGuard, guestGuard, importGuard, roleGuard, unitGuard } from './core/auth/auth.guard';
import { loadBoardPage } from './features/board/board-route';
import {
  ADMIN_PATH,
  LEADERSHIP_PATH,
  LEADERSHIP_ROLES,
  LOGIN_PATH,
  PLAN_IMPORT_PATH,
  PLAN_PATH,
  REPORT_PART_SEGMENT,
  REPORTS_PATH,
  UNIT_BOARD_PATH,
} from './routes.paths';

export const appRoutes: Routes = [
  {
    path: LOGIN_PATH,
    canActivate: [guestGuard],
    title: 'Đăng nhập — Đôn Đốc',
    loadComponent: () => import('./features/login/login.page').then((m) => m.LoginPage),
  },
  {
    path: '',
    canActivate: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./features/plans/plan-redirect.page').then((m) => m.PlanRedirectPage),
      },
      {
        path: `${PLAN_PATH}/:planId`,
        title: 'Kế hoạch — Đôn Đốc',
        loadComponent: loadBoardPage,
      },
      {
        path: LEADERSHIP_PATH,
        title: 'Bảng lãnh đạo — Đôn Đốc',
        canActivate: [roleGuard(...LEADERSHIP_ROLES)],
        loadComponent: () => import('./features/leadership/leadership.page').then((m) => m.LeadershipPage),
      },
      {
        path: UNIT_BOARD_PATH,
        title: 'Việc của đơn vị — Đôn Đốc',
        canActivate: [unitGuard],
        loadComponent: () => import('./features/unit-board/unit-board.page').then((m) => m.UnitBoardPage),
      },
      {
        path: REPORTS_PATH,
        title: 'Báo cáo — Đôn Đốc',
        loadComponent: () => import('./features/reports/reports.page').then((m) => m.ReportsPage),
      },
      {
        path: ADMIN_PATH,
        title: 'Quản trị — Đôn Đốc',
        canActivate: [roleGuard('admin')],
        loadComponent: () => import('./features/admin/admin.page').then((m) => m.AdminPage),
      },
      {
        path: PLAN_IMPORT_PATH,
        title: 'Nhập kế hoạch — Đôn Đốc',
        canActivate: [importGuard],
        loadComponent: () => import('./features/plan-import/plan-import.page').then((m) => m.PlanImportPage),
      },
      {
        path: `${REPORTS_PATH}/${REPORT_PART_SEGMENT}/:roundId`,
        title: 'Phần báo cáo của đơn vị — Đôn Đốc',
        canActivate: [unitGuard],
        loadComponent: () => import('./features/reports/part-form.page').then((m) => m.PartFormPage),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
