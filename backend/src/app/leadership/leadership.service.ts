import type { LeadershipBoardDto, UnitDto } from '@dondoc/contracts';
import type { BoardColumn } from '@dondoc/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { UnitEntity } from '../org/entities/unit.entity';
import { WardEntity } from '../org/entities/ward.entity';
import { CardReader } from '../tasks/card-reader';
import { TaskEventEntity } from '../tasks/entities/task-event.entity';
import { TaskEntity } from '../tasks/entities/task.entity';
import { type AttentionCandidate, MAX_ATTENTION, pickAttention } from './attention';
import { assertMaySeeLeadershipBoard } from './leadership-access';
import { approvedHourSql, dueInForceSql, instantOfApprovedHour, isLeafSql } from './task-sql';
import { TICKER_LENGTH, type TickerRow, toTickerItem } from './ticker';
import { tallyTimeliness, type TimelinessGroupRow } from './timeliness-tally';
import { WardSnapshots } from './ward-snapshots';

const CLOSED: readonly BoardColumn[] = ['approved', 'cancelled'];

/** What the leadership board reads from the task table: only its version's change makes it stale. */
interface WardRows {
  groups: TimelinessGroupRow[];
  candidates: AttentionCandidate[];
}

/** Wards whose last reading is kept in memory (a reading is ~10,000 small rows at most). */
const KEPT_WARDS = 64;

/**
 * The ward's leadership board, computed without a single card: a GROUP BY over a handful of
 * short columns for the counts, the first open tasks by due date for the attention list, and
 * the latest events for the ticker. Timeliness itself is the cards' rule, applied per group on
 * every request (it depends on today).
 *
 * The scan of the task table is the one expensive part (it reads every row of the ward), so its
 * result is kept per ward until the ward's version moves: the newest event id (every change of a
 * task appends one) and the number of tasks (imports and period cards add rows). Both are read on
 * every request, from the ticker's query and an index-only count, so the answer is never older
 * than the database, whichever process serves it.
 */
@Injectable()
export class LeadershipService {
  private readonly snapshots = new WardSnapshots<WardRows>(KEPT_WARDS);

  constructor(
    private readonly dataSource: DataSource,
    private readonly cards: CardReader,
    private readonly clock: Clock,
  ) {}

  async board(user: AuthUser): Promise<LeadershipBoardDto> {
    assertMaySeeLeadershipBoard(user);
    const wardId = user.wardId;
    const settings = this.cards.timeliness();
    const asOf = this.clock.now().toISOString();
    const [ward, units, tickerRows, taskCount] = await Promise.all([
      this.dataSource.manager.findOneBy(WardEntity, { id: wardId }),
      this.units(wardId),
      this.latestEvents(wardId),
      this.dataSource.manager.countBy(TaskEntity, { wardId }),
    ]);
    if (!ward) throw notFound('phường');
    const version = `${tickerRows[0]?.eventId ?? 0}/${taskCount}`;
    const { groups, candidates } = await this.snapshots.get(wardId, version, () => this.taskRows(wardId));
    const codes = new Map(units.map((unit) => [unit.id, unit.code]));
    const { totals, units: unitRows } = tallyTimeliness(groups, units, settings);
    return {
      ward: { id: ward.id, code: ward.code, name: ward.name },
      asOf,
      totals,
      units: unitRows,
      attention: pickAttention(candidates, codes, settings),
      ticker: tickerRows.map((row) => toTickerItem(row, codes)),
    };
  }

  private async taskRows(wardId: string): Promise<WardRows> {
    const [groups, candidates] = await Promise.all([
      this.timelinessGroups(wardId),
      this.attentionCandidates(wardId),
    ]);
    return { groups, candidates };
  }

  private async units(wardId: string): Promise<UnitDto[]> {
    const units = await this.dataSource.manager.find(UnitEntity, {
      where: { wardId },
      select: { id: true, code: true, name: true },
      order: { code: 'ASC' },
    });
    return units.map(({ id, code, name }) => ({ id, code, name }));
  }

  /** Counted tasks (every task that is not a container) grouped by what their timeliness depends on. */
  private async timelinessGroups(wardId: string): Promise<TimelinessGroupRow[]> {
    const due = dueInForceSql(this.dataSource.options.type);
    const doneAt = approvedHourSql();
    const rows = await this.dataSource.manager
      .createQueryBuilder(TaskEntity, 'task')
      .select('task.lead_unit_id', 'leadUnitId')
      .addSelect('task.board_column', 'column')
      .addSelect(due, 'due')
      .addSelect(doneAt, 'submittedAt')
      .addSelect('COUNT(*)', 'count')
      .where('task.ward_id = :wardId', { wardId })
      .andWhere(isLeafSql())
      .groupBy('task.lead_unit_id')
      .addGroupBy('task.board_column')
      .addGroupBy(due)
      .addGroupBy(doneAt)
      .getRawMany<Omit<TimelinessGroupRow, 'count'> & { count: number | string }>();
    return rows.map((row) => ({
      ...row,
      submittedAt: instantOfApprovedHour(row.submittedAt),
      count: Number(row.count),
    }));
  }

  /** The first open tasks by due date in force: every overdue or due-soon task is among them. */
  private async attentionCandidates(wardId: string): Promise<AttentionCandidate[]> {
    const due = dueInForceSql(this.dataSource.options.type);
    const rows = await this.dataSource.manager
      .createQueryBuilder(TaskEntity, 'task')
      .select('task.id', 'taskId')
      .addSelect('task.plan_id', 'planId')
      .addSelect('task.ref', 'ref')
      .addSelect('task.content', 'title')
      .addSelect('task.lead_unit_id', 'leadUnitId')
      .addSelect('task.board_column', 'column')
      .addSelect(due, 'due')
      .where('task.ward_id = :wardId', { wardId })
      .andWhere('task.board_column NOT IN (:...closed)', { closed: CLOSED })
      .andWhere(`${due} IS NOT NULL`)
      .andWhere(isLeafSql())
      .orderBy(due, 'ASC')
      .addOrderBy('task.plan_id', 'ASC')
      .addOrderBy('task.position', 'ASC')
      .limit(MAX_ATTENTION)
      .getRawMany<Omit<AttentionCandidate, 'submittedAt'>>();
    return rows.map((row) => ({ ...row, submittedAt: null }));
  }

  private latestEvents(wardId: string): Promise<TickerRow[]> {
    return this.dataSource.manager
      .createQueryBuilder(TaskEventEntity, 'event')
      .innerJoin(TaskEntity, 'task', 'task.id = event.task_id')
      .select('event.id', 'eventId')
      .addSelect('event.task_id', 'taskId')
      .addSelect('event.plan_id', 'planId')
      .addSelect('task.ref', 'ref')
      .addSelect('task.content', 'title')
      .addSelect('event.event', 'event')
      .addSelect('event.from_state', 'fromState')
      .addSelect('event.to_state', 'toState')
      .addSelect('event.actor_name', 'actorName')
      .addSelect('event.actor_unit_id', 'actorUnitId')
      .addSelect('event.at', 'at')
      .where('event.ward_id = :wardId', { wardId })
      .orderBy('event.id', 'DESC')
      .limit(TICKER_LENGTH)
      .getRawMany<TickerRow>();
  }
}
