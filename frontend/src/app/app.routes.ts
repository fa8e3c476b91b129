import type { Routes } from '@angular/router';
import { authGuard, guestGuard } from './core/auth/auth.guard';
import { LOGIN_PATH, PLAN_PATH } from './routes.paths';

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
        loadComponent: () => import('./features/board/board.page').then((m) => m.BoardPage),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
