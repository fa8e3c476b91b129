import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { CardTimeliness } from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';

/** A shape per timeliness, so the badge reads without colour (and in greyscale print). */
export const TIMELINESS_ICONS: Readonly<Record<CardTimeliness, string>> = {
  not_due: '○',
  on_track: '◔',
  due_soon: '◷',
  overdue: '⚠',
  done_on_time: '✓',
  done_late: '✗',
  cancelled: '⊘',
};

/** How a task stands against its due date: colour, icon and a short text, never colour alone. */
@Component({
  selector: 'dd-timeliness-badge',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-timeliness]': 'value()' },
  template: `<span class="chip" [class]="'chip t-' + value()"
    ><span class="icon" aria-hidden="true">{{ icon(value()) }}</span
    ><span class="text">{{ 'timeliness.' + value() | translate }}</span></span
  >`,
  styles: `
    :host {
      display: inline-flex;
    }
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      font-size: 0.72rem;
      font-weight: 600;
      line-height: 1.3;
      padding: 0.05rem 0.45rem;
      border-radius: 999px;
      border: 1px solid currentColor;
      white-space: nowrap;
    }
    .icon {
      font-size: 0.8rem;
    }
    .t-not_due {
      color: #4f5b69;
      background: var(--dd-neutral-soft);
    }
    .t-on_track {
      color: #1f5f8b;
      background: var(--dd-accent-soft);
    }
    .t-due_soon {
      color: var(--dd-warning-text);
      background: var(--dd-warning-bg);
    }
    .t-overdue {
      color: var(--dd-danger);
      background: var(--dd-danger-soft);
    }
    .t-done_on_time {
      color: var(--dd-success);
      background: var(--dd-success-soft);
    }
    .t-done_late {
      color: #7a4a12;
      background: #f7ebdc;
    }
    .t-cancelled {
      color: #4f5b69;
      background: var(--dd-surface);
      border-style: dashed;
    }
  `,
})
export class TimelinessBadgeComponent {
  readonly value = input.required<CardTimeliness>();

  protected icon(value: CardTimeliness): string {
    return TIMELINESS_ICONS[value];
  }
}
