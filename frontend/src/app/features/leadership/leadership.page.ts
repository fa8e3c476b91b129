import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TIMELINESS, type TimelinessCounts } from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { formatDate, formatDateTime } from '../../core/format/dates';
import { LanguageService } from '../../core/i18n/language.service';
import { planBoardUrl } from '../../routes.paths';
import { TIMELINESS_ICONS, TimelinessBadgeComponent } from '../board/timeliness-badge.component';
import { eventLabel, stateLabel } from '../board/workflow-labels';
import { LeadershipStore } from './leadership-store';

const sum = (counts: TimelinessCounts): number => TIMELINESS.reduce((total, key) => total + counts[key], 0);

/**
 * `/lanh-dao`: how the ward's tasks stand, unit by unit (counted on the server), what needs
 * attention, and a live ticker of changes.
 */
@Component({
  selector: 'dd-leadership-page',
  imports: [TranslatePipe, RouterLink, TimelinessBadgeComponent],
  providers: [LeadershipStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './leadership.page.html',
  styleUrl: './leadership.page.css',
})
export class LeadershipPage {
  protected readonly store = inject(LeadershipStore);
  private readonly language = inject(LanguageService);
  protected readonly timeliness = TIMELINESS;
  protected readonly icons = TIMELINESS_ICONS;
  protected readonly sum = sum;
  protected readonly formatDate = formatDate;
  protected readonly formatDateTime = formatDateTime;

  protected readonly grandTotal = computed(() => {
    const board = this.store.board();
    return board ? sum(board.totals) : 0;
  });

  constructor() {
    void this.store.start();
  }

  protected boardLink(planId: string): string[] {
    return planBoardUrl(planId);
  }

  protected eventName(event: string): string {
    return eventLabel(event, this.language.language());
  }

  protected stateName(state: string): string {
    return stateLabel(state, this.language.language());
  }
}
