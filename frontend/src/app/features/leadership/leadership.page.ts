import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { type LeadershipWardDto, TIMELINESS, type TimelinessCounts } from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { map } from 'rxjs';
import { formatDate, formatDateTime } from '../../core/format/dates';
import { LanguageService } from '../../core/i18n/language.service';
import { planBoardUrl } from '../../routes.paths';
import { TIMELINESS_ICONS, TimelinessBadgeComponent } from '../board/timeliness-badge.component';
import { eventLabel, stateLabel } from '../board/workflow-labels';
import { injectAdminEventName } from '../hand-plans/admin-event-names';
import { AsOfControlComponent } from '../reports/as-of/as-of-control.component';
import { AS_OF_PARAM, asOfOfParam } from '../reports/as-of/as-of-day';
import { UnitFiguresChartComponent } from '../reports/charts/unit-figures-chart.component';
import { LeadershipChartsComponent } from './charts/leadership-charts.component';
import { LeadershipStore } from './leadership-store';

/** The counted work: the six deadline standings, never the cancelled (shown apart). */
const sum = (counts: TimelinessCounts): number => TIMELINESS.reduce((total, key) => total + counts[key], 0);

/** The query parameter naming the ward shown to a city-level leader, by code (`?ward=NC`). */
export const WARD_PARAM = 'ward';

/**
 * `/lanh-dao`: how the ward's tasks stand, unit by unit (counted on the server), what needs
 * attention, and a live ticker of changes. A city-level leader gets one tab per granted ward and
 * reads them ward by ward; the ward shown is in the address (`?ward=NC`), so it is a link.
 */
@Component({
  selector: 'dd-leadership-page',
  imports: [
    TranslatePipe,
    RouterLink,
    TimelinessBadgeComponent,
    UnitFiguresChartComponent,
    LeadershipChartsComponent,
    AsOfControlComponent,
  ],
  providers: [LeadershipStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './leadership.page.html',
  styleUrl: './leadership.page.css',
})
export class LeadershipPage {
  protected readonly store = inject(LeadershipStore);
  private readonly language = inject(LanguageService);
  private readonly adminEventName = injectAdminEventName();
  protected readonly timeliness = TIMELINESS;
  protected readonly icons = TIMELINESS_ICONS;
  protected readonly sum = sum;
  protected readonly formatDate = formatDate;
  protected readonly formatDateTime = formatDateTime;

  protected readonly grandTotal = computed(() => {
    const board = this.store.board();
    return board ? sum(board.totals) : 0;
  });

  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly wardCode = toSignal(
    this.route.queryParamMap.pipe(map((params) => params.get(WARD_PARAM))),
    { initialValue: null },
  );
  /** The day the board is shown as of (`?asOf=`, read-only), or null for live. */
  protected readonly asOfDay = toSignal(
    this.route.queryParamMap.pipe(map((params) => asOfOfParam(params.get(AS_OF_PARAM)))),
    { initialValue: null },
  );
  /** The ward the charts read: a granted ward by id, the user's own as undefined. */
  protected readonly chartWardId = computed(() => {
    const ward = this.store.shown();
    return ward && !ward.home ? ward.id : undefined;
  });

  constructor() {
    effect(() => {
      const code = this.wardCode();
      const day = this.asOfDay();
      untracked(() => void this.store.show(code, day));
    });
  }

  /** Shows the board as of a day (null: live again), in the address so the view is a link. */
  protected changeAsOf(day: string | null): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { [AS_OF_PARAM]: day },
      queryParamsHandling: 'merge',
    });
  }

  /** The query string of a ward's tab: none for the user's own ward. */
  protected wardQuery(ward: LeadershipWardDto): Record<string, string | null> {
    return { [WARD_PARAM]: ward.home ? null : ward.code, [AS_OF_PARAM]: this.asOfDay() };
  }

  protected boardLink(planId: string): string[] {
    return planBoardUrl(planId);
  }

  /** A correction (a task added, edited, amended) by its name, like the workflow's moves. */
  protected eventName(event: string): string {
    const language = this.language.language();
    return this.adminEventName(event) ?? eventLabel(event, language);
  }

  protected stateName(state: string): string {
    return stateLabel(state, this.language.language());
  }
}
