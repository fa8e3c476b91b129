import type { LeadershipBoardDto, UnitDto } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { countRows } from '../database/count-rows';
import { UnitEntity } from '../org/entities/unit.entity';
import { WardEntity } from '../org/entities/ward.entity';
import { CardReader } from '../task-model/card-reader';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { TaskEntity } from '../task-model/entities/task.entity';
import { ofWard } from '../task-model/of-ward';
import { slices } from '../task-model/slices';
import { approvedHourSql, dueInForceSql, instantOfApprovedHour } from '../task-model/task-sql';
import { assertMaySeeLeadershipBoard } from '../task-model/ward-scope/leadership-access';
import { type AttentionCandidate, MAX_ATTENTION, pickAttention } from './attention';
import { TICKER_LENGTH, type TickerRow, toTickerItem } from './ticker';
import { tallyTimeliness } from './timeliness-tally';
import { type TallySource, WardTallies } from './ward-tallies';
import type { TallyTaskRow } from './ward-tally';

/** Ids per IN (…) list: far under SQLite's and PostgreSQL's limits on bound parameters. */
const IDS_PER_QUERY = 500;

type RawTallyRow = Omit<TallyTaskRow, 'position'> & { position: number | string };

/**
 * The ward's leadership board, computed without a single card: counts per lead unit, column,
 * due date in force and hand-in hour, the first open tasks by due date for the attention list,
 * and the latest events for the ticker. Timeliness itself is the cards' rule, applied per group on
 * every request (it depends on today, so nothing kept goes stale as days pass).
 *
 * Reading every task of a ward is the one expensive part, so the ward's tasks are kept in memory
 * as a WardTally and caught up on every request with the database: the ward's newest event id
 * (every change of a task appends one) and its number of tasks (imports and period cards add rows)
 * are read each time, and only the tasks with newer events are read again — so the answer is never
 * older than the database, whichever process made the change.
 */
@Injectable()
export class LeadershipService {
  private readonly tallies = new WardTallies(this.tallySource());

  constructor(
    private readonly dataSource: DataSource,
    private readonly cards: CardReader,
    private readonly clock: Clock,
  ) {}

  async board(user: AuthUser): Promise<LeadershipBoardDto> {
    assertMaySeeLeadershipBoard(user);
    const wardId = user.wardId;
    const asOf = this.clock.now().toISOString();
    const [settings, ward, units, tickerRows, taskCount, head] = await Promise.all([
      this.cards.timeliness(wardId),
      this.dataSource.manager.findOneBy(WardEntity, { id: wardId }),
      this.units(wardId),
      this.latestEvents(wardId),
      countRows(
        this.dataSource.manager
          .createQueryBuilder(TaskEntity, 'task')
          .where('task.ward_id = :wardId', { wardId }),
      ),
      this.chainHead(wardId),
    ]);
    if (!ward) throw notFound('phường');
    const tally = await this.tallies.get(wardId, { ...head, taskCount });
    const candidates = await this.attentionCandidates(wardId, tally.firstOpen(MAX_ATTENTION));
    const codes = new Map(units.map((unit) => [unit.id, unit.code]));
    const { totals, units: unitRows } = tallyTimeliness(tally.groupRows(), units, settings);
    return {
      ward: { id: ward.id, code: ward.code, name: ward.name },
      asOf,
      totals,
      units: unitRows,
      attention: pickAttention(candidates, codes, settings),
      ticker: tickerRows.map((row) => toTickerItem(row, codes)),
    };
  }

  /** The ward's chain head: every append moves it, in commit order. */
  private async chainHead(wardId: string): Promise<{ head: string | null; eventId: number }> {
    const rows = (await this.dataSource.query(
      `SELECT last_hash AS "head", last_event_id AS "eventId" FROM ward_chain WHERE ward_id = ${
        this.dataSource.options.type === 'postgres' ? '$1' : '?'
      }`,
      [wardId],
    )) as { head: string | null; eventId: number | string }[];
    return { head: rows[0]?.head ?? null, eventId: Number(rows[0]?.eventId ?? 0) };
  }

  private async units(wardId: string): Promise<UnitDto[]> {
    const units = await this.dataSource.manager.find(UnitEntity, {
      where: { wardId },
      select: { id: true, code: true, name: true },
      order: { code: 'ASC' },
    });
    return units.map(({ id, code, name }) => ({ id, code, name }));
  }

  /** The reads a ward's tally is built from: narrow rows, the due date in force computed in SQL. */
  private tallySource(): TallySource {
    const rows = () => {
      const due = dueInForceSql(this.dataSource.options.type);
      return this.dataSource.manager
        .createQueryBuilder(TaskEntity, 'task')
        .select('task.id', 'id')
        .addSelect('task.lead_unit_id', 'leadUnitId')
        .addSelect('task.board_column', 'column')
        .addSelect(due, 'due')
        .addSelect(approvedHourSql(), 'submittedAt')
        .addSelect('task.parent_id', 'parentId')
        .addSelect('task.plan_id', 'planId')
        .addSelect('task.position', 'position');
    };
    const toRow = (raw: RawTallyRow): TallyTaskRow => ({
      ...raw,
      submittedAt: instantOfApprovedHour(raw.submittedAt),
      position: Number(raw.position),
    });
    return {
      allTasks: async (wardId) =>
        (await rows().where('task.ward_id = :wardId', { wardId }).getRawMany<RawTallyRow>()).map(toRow),
      tasks: async (wardId, ids) => {
        const found: TallyTaskRow[] = [];
        for (const slice of slices(ids, IDS_PER_QUERY)) {
          const raw = await rows()
            .addSelect('task.ward_id', 'wardId')
            .where('task.id IN (:...ids)', { ids: slice })
            .getRawMany<RawTallyRow & { wardId: string }>();
          for (const { wardId: rowWard, ...row } of raw) if (rowWard === wardId) found.push(toRow(row));
        }
        return found;
      },
      changedTaskIds: async (wardId, afterEventId, upToEventId) => {
        const raw = await this.dataSource.manager
          .createQueryBuilder(TaskEventEntity, 'event')
          .select('DISTINCT event.task_id', 'taskId')
          .where('event.id > :afterEventId AND event.id <= :upToEventId', { afterEventId, upToEventId })
          .andWhere('event.ward_id = :wardId', { wardId })
          .getRawMany<{ taskId: string }>();
        return raw.map((row) => row.taskId);
      },
    };
  }

  /** The attention list's rows for the first open tasks, in the tally's order. */
  private async attentionCandidates(
    wardId: string,
    entries: readonly { id: string; due: string }[],
  ): Promise<AttentionCandidate[]> {
    if (entries.length === 0) return [];
    const tasks = await this.dataSource.manager.find(TaskEntity, {
      where: { id: In(entries.map((entry) => entry.id)) },
      select: {
        id: true,
        wardId: true,
        planId: true,
        ref: true,
        content: true,
        leadUnitId: true,
        column: true,
      },
    });
    const byId = new Map(ofWard(tasks, wardId).map((task) => [task.id, task]));
    return entries.flatMap((entry) => {
      const task = byId.get(entry.id);
      if (!task) return [];
      return [
        {
          taskId: task.id,
          planId: task.planId,
          ref: task.ref,
          title: task.content,
          leadUnitId: task.leadUnitId,
          column: task.column,
          due: entry.due,
          submittedAt: null,
        },
      ];
    });
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
