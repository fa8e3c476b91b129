import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import type { CurrentUser } from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, map } from 'rxjs';
import { canImportPlans, canSeeWith } from './core/auth/auth.guard';
import { AuthService } from './core/auth/auth.service';
import { Session } from './core/auth/session';
import { LanguageService } from './core/i18n/language.service';
import { NoticeService } from './core/notify/notice.service';
import { RealtimeService } from './core/realtime/realtime.service';
import { NotificationBellComponent } from './features/notifications/notification-bell.component';
import {
  LEADERSHIP_PATH,
  LEADERSHIP_ROLES,
  PLAN_IMPORT_PATH,
  PLAN_PATH,
  REPORTS_PATH,
  UNIT_BOARD_PATH,
} from './routes.paths';

/**
 * The shell: top bar (language, notification bell, user, logout), connection banner, toasts and the
 * live region.
 */
@Component({
  selector: 'dd-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslatePipe, NotificationBellComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.component.html',
  styleUrl: './app.component.css',
})
export class AppComponent {
  protected readonly session = inject(Session);
  protected readonly language = inject(LanguageService);
  protected readonly notices = inject(NoticeService);
  protected readonly realtime = inject(RealtimeService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly leadershipLink = ['/', LEADERSHIP_PATH];
  protected readonly unitBoardLink = ['/', UNIT_BOARD_PATH];
  protected readonly reportsLink = ['/', REPORTS_PATH];
  protected readonly importLink = ['/', PLAN_IMPORT_PATH];
  protected readonly canImport = canImportPlans;
  /** The plan boards link is current on any plan board. */
  protected readonly onPlans = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects.startsWith(`/${PLAN_PATH}/`)),
    ),
    { initialValue: false },
  );

  protected isLeadership(user: CurrentUser): boolean {
    return canSeeWith(user, LEADERSHIP_ROLES);
  }

  /** Units write their parts of report rounds there; Văn phòng and the admin open and follow the rounds. */
  protected seesReports(user: CurrentUser): boolean {
    return user.unit !== null || user.roles.includes('admin');
  }

  protected logout(): void {
    void this.auth.logout();
  }
}
