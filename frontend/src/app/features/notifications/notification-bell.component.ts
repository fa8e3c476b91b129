import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  HostListener,
  inject,
  signal,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  type DigestItemDto,
  formatCount,
  isSummaryKind,
  localizedNotificationParams,
  type NotificationDto,
  type NotificationParams,
  sectionTotal,
  SUMMARY_BOARD_FILTERS,
} from '@dondoc/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Session } from '../../core/auth/session';
import { formatDate, formatDateTime } from '../../core/format/dates';
import { LanguageService } from '../../core/i18n/language.service';
import { planBoardUrl, reportPartUrl, UNIT_BOARD_PATH } from '../../routes.paths';
import { NotificationStore } from './notification-store';

type Tab = 'list' | 'digests';

/** Past this the badge says "99+": the exact count is in the button's label. */
const BADGE_MAX = 99;

/**
 * The bell in the top bar: how many notifications are unread, the list of them (newest first,
 * each opening its task on the plan board), and the unit's daily digests. New notifications
 * arrive live and are announced to screen readers in a live region of the bell's own, so they
 * never cut across what the app's region says about a move.
 */
@Component({
  selector: 'dd-notification-bell',
  imports: [TranslatePipe, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notification-bell.component.html',
  styleUrl: './notification-bell.component.css',
})
export class NotificationBellComponent {
  protected readonly store = inject(NotificationStore);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  protected readonly open = signal(false);
  /** What the bell's own live region says: the latest arrival (the app's region stays with moves). */
  protected readonly announcement = signal('');
  protected readonly tab = signal<Tab>('list');
  protected readonly badge = computed(() => {
    const count = this.store.unreadCount();
    return count > BADGE_MAX ? `${BADGE_MAX}+` : String(count);
  });
  protected readonly hasUnit = computed(() => this.session.user()?.unit != null);
  protected readonly formatDate = formatDate;
  protected readonly formatDateTime = formatDateTime;

  constructor() {
    const stop = this.store.onArrival((notification) =>
      this.announcement.set(
        this.translate.instant('notifications.arrived', { text: this.textOf(notification) }) as string,
      ),
    );
    inject(DestroyRef).onDestroy(stop);
  }

  protected toggle(): void {
    this.open.update((open) => !open);
    if (this.open() && this.tab() === 'digests') void this.store.loadDigests();
  }

  protected show(tab: Tab): void {
    this.tab.set(tab);
    if (tab === 'digests') void this.store.loadDigests();
  }

  protected async openItem(notification: NotificationDto): Promise<void> {
    this.open.set(false);
    void this.store.markRead(notification).catch(() => undefined);
    if (notification.params.round) {
      // A report round's ask leads to the unit's part form.
      await this.router.navigate(reportPartUrl(notification.params.round));
    } else if (notification.planId && isSummaryKind(notification.kind)) {
      // A summary leads to its plan's board showing the tasks it counts: overdue or due soon, of its unit.
      const { timeliness, byUnit } = SUMMARY_BOARD_FILTERS[notification.kind];
      const unit = byUnit ? notification.params.unit : undefined;
      await this.router.navigate(planBoardUrl(notification.planId), {
        queryParams: unit ? { timeliness, unit } : { timeliness },
      });
    } else if (notification.planId) {
      await this.router.navigate(planBoardUrl(notification.planId), {
        queryParams: { q: notification.params.ref },
      });
    }
  }

  protected markAllRead(): void {
    void this.store.markAllRead().catch(() => undefined);
  }

  protected readonly sectionTotal = sectionTotal;
  protected readonly unitBoardLink = ['/', UNIT_BOARD_PATH];

  /** A count as the UI's language writes it ("32.108", "32,108"). */
  protected count(value: number): string {
    return formatCount(value, this.language.language());
  }

  protected boardLink(item: DigestItemDto): string[] {
    return planBoardUrl(item.planId);
  }

  protected close(): void {
    this.open.set(false);
  }

  @HostListener('document:keydown.escape')
  protected onEscape(): void {
    this.open.set(false);
  }

  @HostListener('document:click', ['$event'])
  protected onDocumentClick(event: MouseEvent): void {
    if (this.open() && !this.host.nativeElement.contains(event.target as Node)) this.open.set(false);
  }

  /** The params as the UI's language writes them (a summary's count with its thousands separator). */
  protected paramsOf(notification: NotificationDto): NotificationParams {
    return localizedNotificationParams(notification.params, this.language.language());
  }

  private textOf(notification: NotificationDto): string {
    return this.translate.instant(
      `notifications.kinds.${notification.kind}`,
      this.paramsOf(notification),
    ) as string;
  }
}
