import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AskedPartDto } from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { formatDate } from '../../core/format/dates';
import { reportPartUrl } from '../../routes.paths';

/**
 * The parts of report rounds a unit is asked to write, each a link to its part form: on the reports
 * page and, as the unit's cards of what Văn phòng asks, on the unit board.
 */
@Component({
  selector: 'dd-asked-parts',
  imports: [TranslatePipe, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="my-parts">
      @for (part of parts(); track part.roundId) {
        <li data-testid="my-part" [attr.data-state]="part.state">
          <a class="button-link" [routerLink]="partLink(part)">
            <strong>{{ part.planTitle }}</strong> — {{ part.periodLabel }}
          </a>
          <span class="hint">{{ 'reports.partStates.' + part.state | translate }}</span>
          <span class="hint">{{ 'reports.sendBy' | translate: { date: formatDate(part.sendBy) } }}</span>
          @if (part.returnReason) {
            <span class="returned">{{
              'reports.returnedBecause' | translate: { reason: part.returnReason }
            }}</span>
          }
        </li>
      } @empty {
        <li class="none">{{ 'reports.noParts' | translate }}</li>
      }
    </ul>
  `,
  styleUrl: './reports.css',
})
export class AskedPartsComponent {
  readonly parts = input.required<readonly AskedPartDto[]>();
  protected readonly formatDate = formatDate;

  protected partLink(part: AskedPartDto): string[] {
    return reportPartUrl(part.roundId);
  }
}
