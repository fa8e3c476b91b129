import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  type AskedPartDto,
  type CardDto,
  UNIT_BOARD_GROUPS,
  type UnitBoardDto,
  type UnitBoardGroup,
} from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { DondocApi } from '../../core/api/dondoc-api';
import { planBoardUrl } from '../../routes.paths';
import { BoardCardComponent } from '../board/board-card.component';
import { TaskDrawerComponent } from '../board/task-drawer.component';
import { AskedPartsComponent } from '../reports/asked-parts.component';
import { ReportsApi } from '../reports/reports-api';

/** Cards shown per group before "show more": a unit's done pile can be long. */
export const GROUP_PAGE = 50;

type UnitCard = UnitBoardDto['groups'][number]['cards'][number];

/**
 * What makes a card's test ids unique here: cards of several plans meet on a unit board and plans
 * reuse refs, so `card-<planId>-<ref>` (and `card-details-<planId>-<ref>`).
 */
export function unitCardKey(card: Pick<UnitCard, 'planId' | 'ref'>): string {
  return `${card.planId}-${card.ref}`;
}

/** The groups in the workflow's order, each present even when the server left it out. */
export function orderedGroups(board: UnitBoardDto): { key: UnitBoardGroup; cards: readonly UnitCard[] }[] {
  const byKey = new Map(board.groups.map((group) => [group.key, group.cards]));
  return UNIT_BOARD_GROUPS.map((key) => ({ key, cards: byKey.get(key) ?? [] }));
}

/**
 * `/don-vi`: what the user's unit has to do across the ward's plans, grouped by why (to do, to
 * fix, an opinion asked, waiting for others, done), and above them the report parts Văn phòng asks. Cards are shown, not moved: each links to
 * its plan board, where the moves are, and opens its details and history in the drawer.
 */
@Component({
  selector: 'dd-unit-board-page',
  imports: [TranslatePipe, RouterLink, AskedPartsComponent, BoardCardComponent, TaskDrawerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page" data-testid="unit-board">
      @switch (state()) {
        @case ('loading') {
          <p class="status" role="status">{{ 'app.loading' | translate }}</p>
        }
        @case ('failed') {
          <div class="status" role="alert">
            <p>{{ 'unitBoard.loadFailed' | translate }}</p>
            <button type="button" class="secondary" (click)="load()">{{ 'board.retry' | translate }}</button>
          </div>
        }
        @case ('ready') {
          @if (board(); as unitBoard) {
            <h1>
              {{ 'unitBoard.title' | translate: { unit: unitBoard.unit.code + ' — ' + unitBoard.unit.name } }}
            </h1>
            @if (askedParts().length > 0) {
              <section class="asked" data-testid="unit-asked-parts" aria-labelledby="dd-unit-asked">
                <h2 id="dd-unit-asked">{{ 'reports.asked.onBoard' | translate }}</h2>
                <dd-asked-parts [parts]="askedParts()" />
              </section>
            }
            <div class="groups">
              @for (group of groups(); track group.key) {
                <section
                  class="group"
                  [class]="'group group-' + group.key"
                  [attr.data-testid]="'unit-group-' + group.key"
                  [attr.aria-labelledby]="'dd-unit-group-' + group.key"
                >
                  <header class="group-head">
                    <h2 [id]="'dd-unit-group-' + group.key">
                      {{ 'unitBoard.groups.' + group.key | translate }}
                    </h2>
                    <span class="count" [attr.data-testid]="'unit-group-count-' + group.key">{{
                      group.cards.length
                    }}</span>
                  </header>
                  @let shown = shownOf(group.key, group.cards);
                  <div
                    class="cards"
                    [attr.role]="shown.length > 0 ? 'list' : null"
                    [attr.aria-labelledby]="shown.length > 0 ? 'dd-unit-group-' + group.key : null"
                  >
                    @for (card of shown; track card.id) {
                      <div class="entry" role="listitem">
                        <p class="context">
                          <span class="relation" [class]="'relation relation-' + card.relation">
                            {{ 'unitBoard.relation.' + card.relation | translate }}
                          </span>
                          <a
                            class="plan"
                            [routerLink]="boardLink(card.planId)"
                            [queryParams]="{ q: card.ref }"
                          >
                            {{ card.planTitle }}
                          </a>
                        </p>
                        <dd-board-card
                          [card]="card"
                          [moves]="[]"
                          [interactive]="false"
                          [listItem]="false"
                          [testKey]="cardKey(card)"
                          (detailsRequested)="opened.set($event)"
                        />
                      </div>
                    } @empty {
                      <p class="empty">{{ 'unitBoard.empty' | translate }}</p>
                    }
                  </div>
                  @if (group.cards.length > limitOf(group.key)) {
                    <button
                      type="button"
                      class="more"
                      [attr.data-testid]="'unit-group-more-' + group.key"
                      (click)="showMore(group.key)"
                    >
                      {{
                        'unitBoard.showMore' | translate: { count: group.cards.length - limitOf(group.key) }
                      }}
                    </button>
                  }
                </section>
              }
            </div>
          }
        }
      }
    </div>
    @if (opened(); as card) {
      <dd-task-drawer [taskId]="card.id" [cardRef]="card.ref" (closed)="opened.set(null)" />
    }
  `,
  styleUrl: './unit-board.page.css',
})
export class UnitBoardPage {
  private readonly api = inject(DondocApi);
  private readonly reports = inject(ReportsApi);
  /** The parts of report rounds Văn phòng asks of the unit: cards of their own, from the reports API. */
  protected readonly askedParts = signal<readonly AskedPartDto[]>([]);
  protected readonly state = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly board = signal<UnitBoardDto | null>(null);
  protected readonly groups = signal<{ key: UnitBoardGroup; cards: readonly UnitCard[] }[]>([]);
  private readonly limits = signal<Partial<Record<UnitBoardGroup, number>>>({});
  /** The card whose details drawer is open. */
  protected readonly opened = signal<CardDto | null>(null);
  protected readonly cardKey = unitCardKey;

  constructor() {
    void this.load();
  }

  async load(): Promise<void> {
    this.state.set('loading');
    try {
      const [board, asked] = await Promise.all([
        this.api.unitBoard(),
        // A unit board without its asked parts is still a unit board.
        this.reports.myParts().catch(() => []),
      ]);
      this.askedParts.set(asked);
      this.board.set(board);
      this.groups.set(orderedGroups(board));
      this.state.set('ready');
    } catch {
      this.state.set('failed');
    }
  }

  protected limitOf(key: UnitBoardGroup): number {
    return this.limits()[key] ?? GROUP_PAGE;
  }

  protected shownOf(key: UnitBoardGroup, cards: readonly UnitCard[]): readonly UnitCard[] {
    return cards.length > this.limitOf(key) ? cards.slice(0, this.limitOf(key)) : cards;
  }

  protected showMore(key: UnitBoardGroup): void {
    this.limits.update((limits) => ({ ...limits, [key]: this.limitOf(key) + GROUP_PAGE }));
  }

  protected boardLink(planId: string): string[] {
    return planBoardUrl(planId);
  }
}
