import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import type {
  AskedPartDto,
  FiguresDto,
  PeriodBasis,
  PlanSummaryDto,
  RoundDto,
  RoundSummaryDto,
} from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { Session } from '../../core/auth/session';
import { formatDate, parseDisplayDate } from '../../core/format/dates';
import { LanguageService } from '../../core/i18n/language.service';
import { PlansStore } from '../plans/plans.store';
import { AskedPartsComponent } from './asked-parts.component';
import { FiguresTableComponent } from './figures-table.component';
import { injectFailureNotice } from './report-failure';
import { PERIOD_KINDS, type PeriodKind, periodChoices, periodKeyOf, vietnamToday } from './report-periods';
import { ReportsApi } from './reports-api';
import { type Viewer, opensRounds } from './round-actions';
import { RoundPanelComponent } from './round-panel.component';

/**
 * `/bao-cao`: the parts the user's unit is asked to write, and for Văn phòng (the plans whose
 * approving office is their unit) a plan's figures as of a period's cut-off, its report rounds,
 * opening one and following it to the files that go upward.
 */
@Component({
  selector: 'dd-reports-page',
  imports: [TranslatePipe, AskedPartsComponent, FiguresTableComponent, RoundPanelComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reports.page.html',
  styleUrl: './reports.css',
})
export class ReportsPage {
  private readonly api = inject(ReportsApi);
  private readonly plansStore = inject(PlansStore);
  private readonly session = inject(Session);
  private readonly language = inject(LanguageService);
  private readonly fail = injectFailureNotice();
  protected readonly formatDate = formatDate;
  protected readonly kinds = PERIOD_KINDS;
  protected readonly bases: readonly PeriodBasis[] = ['nd09', 'calendar'];
  protected readonly today = vietnamToday();

  protected readonly viewer = computed<Viewer>(() => {
    const user = this.session.user();
    return { unitId: user?.unit?.id ?? null, roles: user?.roles ?? [] };
  });
  protected readonly hasUnit = computed(() => this.viewer().unitId !== null);
  protected readonly myParts = signal<readonly AskedPartDto[]>([]);

  /** The plans whose reports this user compiles. */
  protected readonly officePlans = computed<readonly PlanSummaryDto[]>(() =>
    (this.plansStore.plans() ?? []).filter((plan) => opensRounds(this.viewer(), plan.approverUnitId)),
  );
  protected readonly planId = signal<string | null>(null);
  protected readonly kind = signal<PeriodKind>('quarterly');
  protected readonly basis = signal<PeriodBasis>('nd09');
  protected readonly year = signal(Number(this.today.slice(0, 4)));
  protected readonly years = computed(() =>
    [this.year() - 1, this.year(), this.year() + 1].filter((y, i, all) => all.indexOf(y) === i),
  );
  protected readonly periods = computed(() =>
    periodChoices(this.kind(), this.year(), this.language.language()),
  );
  protected readonly periodKey = signal(periodKeyOf(this.today, 'quarterly', 'nd09'));

  protected readonly figures = signal<FiguresDto | null>(null);
  protected readonly figuresState = signal<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  protected readonly rounds = signal<readonly RoundSummaryDto[]>([]);
  protected readonly round = signal<RoundDto | null>(null);
  protected readonly sendBy = signal('');
  protected readonly sendByProblem = signal(false);
  protected readonly opening = signal(false);

  constructor() {
    if (this.hasUnit())
      void this.api.myParts().then(
        (parts) => this.myParts.set(parts),
        (error: unknown) => this.fail(error),
      );
    void this.plansStore.load().then((plans) => {
      const first = plans.find((plan) => opensRounds(this.viewer(), plan.approverUnitId));
      if (first && this.planId() === null) this.planId.set(first.id);
    });
    effect(() => {
      const planId = this.planId();
      const query = { period: this.periodKey(), basis: this.basis() };
      if (planId) untracked(() => void this.loadFigures(planId, query.period, query.basis));
    });
    effect(() => {
      const planId = this.planId();
      if (planId) untracked(() => void this.loadRounds(planId));
    });
  }

  protected choosePlan(planId: string): void {
    this.round.set(null);
    this.planId.set(planId);
  }

  protected chooseKind(kind: string): void {
    const chosen = PERIOD_KINDS.find((k) => k === kind) ?? 'quarterly';
    this.kind.set(chosen);
    this.periodKey.set(
      this.year() === Number(this.today.slice(0, 4))
        ? periodKeyOf(this.today, chosen, this.basis())
        : periodChoices(chosen, this.year(), 'vi')[0].key,
    );
  }

  protected chooseYear(year: string): void {
    this.year.set(Number(year));
    this.periodKey.set(periodChoices(this.kind(), Number(year), 'vi')[0].key);
  }

  protected chooseBasis(basis: string): void {
    this.basis.set(basis === 'calendar' ? 'calendar' : 'nd09');
  }

  protected async openRound(): Promise<void> {
    const planId = this.planId();
    const sendBy = parseDisplayDate(this.sendBy());
    this.sendByProblem.set(sendBy === null);
    if (!planId || sendBy === null || this.opening()) return;
    this.opening.set(true);
    try {
      const round = await this.api.openRound({
        planId,
        periodKey: this.periodKey(),
        basis: this.basis(),
        sendBy,
      });
      this.round.set(round);
      this.sendBy.set('');
      await this.loadRounds(planId);
    } catch (error) {
      this.fail(error);
    } finally {
      this.opening.set(false);
    }
  }

  protected async showRound(roundId: string): Promise<void> {
    try {
      this.round.set(await this.api.round(roundId));
    } catch (error) {
      this.fail(error);
    }
  }

  protected roundChanged(round: RoundDto): void {
    this.round.set(round);
    this.rounds.update((rounds) => rounds.map((r) => (r.id === round.id ? round : r)));
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  private async loadFigures(planId: string, period: string, basis: PeriodBasis): Promise<void> {
    this.figuresState.set('loading');
    try {
      const figures = await this.api.planFigures(planId, { period, basis });
      if (planId !== this.planId() || period !== this.periodKey() || basis !== this.basis()) return;
      this.figures.set(figures);
      this.figuresState.set('ready');
      if (this.sendBy() === '' && figures.period) this.sendBy.set(formatDate(figures.period.end));
    } catch {
      this.figuresState.set('failed');
    }
  }

  private async loadRounds(planId: string): Promise<void> {
    try {
      const rounds = await this.api.rounds(planId);
      if (planId === this.planId()) this.rounds.set(rounds);
    } catch (error) {
      this.fail(error);
    }
  }
}
