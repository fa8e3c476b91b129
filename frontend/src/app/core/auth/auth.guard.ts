import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { CurrentUser } from '@dondoc/contracts';
import type { Role } from '@dondoc/domain';
import { LOGIN_PATH } from '../../routes.paths';
import { AuthService } from './auth.service';

// Both guards inject before their first await: inject() only works synchronously in a guard.

/** Pages behind a login: without a live session the user goes to the login page and comes back after. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const user = await auth.currentUser();
  if (user) return true;
  return router.createUrlTree([`/${LOGIN_PATH}`], { queryParams: { next: state.url } });
};

/** The login page is for signed-out users; a live session goes straight to the boards. */
export const guestGuard: CanActivateFn = async () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const user = await auth.currentUser();
  return user ? router.createUrlTree(['/']) : true;
};

/** A page for some roles only (the leadership board): others go back to their boards. */
export function roleGuard(...roles: readonly Role[]): CanActivateFn {
  return async () => {
    const auth = inject(AuthService);
    const router = inject(Router);
    const user = await auth.currentUser();
    return user && canSeeWith(user, roles) ? true : router.createUrlTree(['/']);
  };
}

/** A page for users who belong to a unit (the unit board). */
export const unitGuard: CanActivateFn = async () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const user = await auth.currentUser();
  return user?.unit ? true : router.createUrlTree(['/']);
};

export function canSeeWith(user: CurrentUser, roles: readonly Role[]): boolean {
  return user.roles.some((role) => roles.includes(role));
}

/** The office that receives the ward's plans (the server's import access says the same). */
const OFFICE_UNIT_CODE = 'VP';

/** Who brings plans in: the ward's admin or a person of its Văn phòng (the server checks again). */
export function canImportPlans(user: CurrentUser): boolean {
  return user.roles.includes('admin') || user.unit?.code === OFFICE_UNIT_CODE;
}

export const importGuard: CanActivateFn = async () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const user = await auth.currentUser();
  return user && canImportPlans(user) ? true : router.createUrlTree(['/']);
};
