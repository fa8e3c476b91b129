import type { CardDto } from '@dondoc/contracts';
import type { BoardColumn, TaskType } from '@dondoc/domain';
import type { WorkflowContext } from '@dondoc/workflows';
import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { CardReader } from '../task-model/card-reader';
import type { TimelinessSettings } from '../task-model/card-timeliness';
import {
  type CardRow,
  type ChildProgress,
  childProgressByParent,
  NO_CHILDREN,
  toCard,
} from '../task-model/card.mapper';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { TaskUnitEntity } from '../task-model/entities/task-unit.entity';
import { TaskEntity } from '../task-model/entities/task.entity';
import { slices } from '../task-model/slices';

/** One page of one column, in plan order. */
export interface ColumnPage {
  column: BoardColumn;
  offset: number;
  limit: number;
}

/** A task row as the board reads it: the card's columns only, the context still as text. */
interface RawCardRow {
  id: string;
  planId: string;
  wardId: string;
  parentId: string | null;
  ref: string;
  content: string;
  type: TaskType;
  state: string;
  column: BoardColumn;
  context: string;
  machineVersion: number | string;
  version: number | string;
  sectionKey: string | null;
  leadUnitId: string | null;
  deadlineText: string;
  due: string | null;
  needsPrimaryLead: boolean | number | string;
  submittedAt: string | null;
}

/** Column of the task table per field of a card row (raw SELECT, no entity hydration). */
const CARD_COLUMNS: Readonly<Record<keyof RawCardRow, string>> = {
  id: 'id',
  planId: 'plan_id',
  wardId: 'ward_id',
  parentId: 'parent_id',
  ref: 'ref',
  content: 'content',
  type: 'type',
  state: 'state',
  column: 'board_column',
  context: 'context',
  machineVersion: 'machine_version',
  version: 'version',
  sectionKey: 'section_key',
  leadUnitId: 'lead_unit_id',
  deadlineText: 'deadline_text',
  due: 'due',
  needsPrimaryLead: 'needs_primary_lead',
  submittedAt: 'submitted_at',
};

/** Cards per batch of a whole board read: small enough to be garbage young, big enough to be few queries. */
export const BOARD_BATCH = 500;

/** Ids per IN (…) list: far under SQLite's and PostgreSQL's limits on bound parameters. */
const IDS_PER_QUERY = 500;

/** One query per slice of ids, one after another; their rows together. */
async function inSlices<T>(ids: readonly string[], read: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (const slice of slices(ids, IDS_PER_QUERY)) rows.push(...(await read(slice)));
  return rows;
}

/** SQLite hands booleans back as 0/1, PostgreSQL as true/false. */
const isTrue = (value: boolean | number | string) => value === true || value === 1 || value === '1';

function toCardRow(raw: RawCardRow): CardRow {
  return {
    id: raw.id,
    planId: raw.planId,
    wardId: raw.wardId,
    ref: raw.ref,
    content: raw.content,
    type: raw.type,
    state: raw.state,
    column: raw.column,
    context: JSON.parse(raw.context) as WorkflowContext,
    machineVersion: Number(raw.machineVersion),
    version: Number(raw.version),
    sectionKey: raw.sectionKey,
    leadUnitId: raw.leadUnitId,
    deadlineText: raw.deadlineText,
    due: raw.due,
    needsPrimaryLead: isTrue(raw.needsPrimaryLead),
    submittedAt: raw.submittedAt,
  };
}

/**
 * The cards of a plan board, read for speed: only the columns a card shows (not the deliverable,
 * budget, parsed deadline or workflow seed), as raw rows without entity hydration, with set
 * queries beside them (cooperators, last event per task, children's progress) narrowed to the
 * rows of a page or a batch.
 */
@Injectable()
export class BoardCards {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cards: CardReader,
  ) {}

  /**
   * Every card of the plan in plan order, `size` cards at a time: a whole board of 10,000 cards is
   * never held at once (rows, cards and JSON of one batch are garbage before the next is read).
   * Batches follow (position, id), so a card created or moved during the read is neither skipped
   * nor repeated; the side queries are narrowed to each batch's ids.
   */
  async *batchesOfPlan(
    planId: string,
    wardId: string,
    unitCodes: ReadonlyMap<string, string>,
    size = BOARD_BATCH,
  ): AsyncGenerator<CardDto[]> {
    // One yardstick for the whole read: its timeliness memo then serves every batch.
    const settings = await this.cards.timeliness(wardId);
    let after: { position: number; id: string } | null = null;
    for (;;) {
      const query = this.taskRows(planId, wardId)
        .addSelect('task.position', 'position')
        .addOrderBy('task.id', 'ASC')
        .limit(size);
      if (after)
        query.andWhere('(task.position > :position OR (task.position = :position AND task.id > :id))', after);
      const rows = await query.getRawMany<RawCardRow & { position: number | string }>();
      if (rows.length === 0) return;
      yield await this.cardsOfRows(planId, rows, unitCodes, settings);
      if (rows.length < size) return;
      const last = rows[rows.length - 1];
      after = { position: Number(last.position), id: last.id };
    }
  }

  /** One page of one column, in plan order. */
  async page(
    planId: string,
    wardId: string,
    page: ColumnPage,
    unitCodes: ReadonlyMap<string, string>,
  ): Promise<CardDto[]> {
    return this.cardsOfRows(planId, await this.pageRows(planId, wardId, page), unitCodes);
  }

  /** The first `perColumn` cards of each of the given columns, column after column. */
  async firstOfColumns(
    planId: string,
    wardId: string,
    columns: readonly BoardColumn[],
    perColumn: number,
    unitCodes: ReadonlyMap<string, string>,
  ): Promise<CardDto[]> {
    const rows: RawCardRow[] = [];
    for (const column of columns)
      rows.push(...(await this.pageRows(planId, wardId, { column, offset: 0, limit: perColumn })));
    return this.cardsOfRows(planId, rows, unitCodes);
  }

  private pageRows(planId: string, wardId: string, page: ColumnPage): Promise<RawCardRow[]> {
    return this.taskRows(planId, wardId)
      .andWhere('task.board_column = :column', { column: page.column })
      .offset(page.offset)
      .limit(page.limit)
      .getRawMany<RawCardRow>();
  }

  /** Cards of some rows of the plan: their side queries narrowed to their ids. */
  private async cardsOfRows(
    planId: string,
    rows: RawCardRow[],
    unitCodes: ReadonlyMap<string, string>,
    settings?: TimelinessSettings,
  ): Promise<CardDto[]> {
    const ids = rows.map((row) => row.id);
    const children = await this.childrenOf(ids);
    return this.toCards(planId, rows, unitCodes, ids, childProgressByParent(children), settings);
  }

  private taskRows(planId: string, wardId: string): SelectQueryBuilder<TaskEntity> {
    const query = this.dataSource.manager
      .createQueryBuilder(TaskEntity, 'task')
      .select([])
      .where('task.plan_id = :planId AND task.ward_id = :wardId', { planId, wardId })
      .orderBy('task.position', 'ASC');
    for (const [field, column] of Object.entries(CARD_COLUMNS)) query.addSelect(`task.${column}`, field);
    return query;
  }

  /**
   * Cards from rows, the side queries narrowed to their `ids`. They run one after another: they
   * are short, and SQLite has one connection anyway.
   */
  private async toCards(
    planId: string,
    rows: readonly RawCardRow[],
    unitCodes: ReadonlyMap<string, string>,
    ids: readonly string[],
    progress: ReadonlyMap<string, ChildProgress>,
    yardstick?: TimelinessSettings,
  ): Promise<CardDto[]> {
    if (rows.length === 0) return [];
    const cooperators = await this.cooperators(ids);
    const lastEvents = await this.lastEvents(planId, ids);
    // Every row is of the plan's ward (taskRows filters on it).
    const settings = yardstick ?? (await this.cards.timeliness(rows[0].wardId));
    return rows.map((raw) =>
      toCard(
        toCardRow(raw),
        cooperators.get(raw.id) ?? [],
        unitCodes,
        progress.get(raw.id) ?? NO_CHILDREN,
        lastEvents.get(raw.id) ?? null,
        settings,
      ),
    );
  }

  private async cooperators(
    taskIds: readonly string[],
  ): Promise<Map<string, Pick<TaskUnitEntity, 'unitId' | 'role'>[]>> {
    const rows = await inSlices(taskIds, (ids) =>
      this.dataSource.manager
        .createQueryBuilder(TaskUnitEntity, 'link')
        .select('link.task_id', 'taskId')
        .addSelect('link.unit_id', 'unitId')
        .where("link.role = 'cooperator'")
        .andWhere('link.task_id IN (:...ids)', { ids })
        .getRawMany<{ taskId: string; unitId: string }>(),
    );
    const byTask = new Map<string, Pick<TaskUnitEntity, 'unitId' | 'role'>[]>();
    for (const { taskId, unitId } of rows) {
      const list = byTask.get(taskId);
      const link = { unitId, role: 'cooperator' as const };
      if (list) list.push(link);
      else byTask.set(taskId, [link]);
    }
    return byTask;
  }

  private childrenOf(parentIds: readonly string[]): Promise<Pick<TaskEntity, 'parentId' | 'column'>[]> {
    return inSlices(parentIds, (ids) =>
      this.dataSource.manager
        .createQueryBuilder(TaskEntity, 'task')
        .select('task.parent_id', 'parentId')
        .addSelect('task.board_column', 'column')
        .where('task.parent_id IN (:...ids)', { ids })
        .getRawMany<Pick<TaskEntity, 'parentId' | 'column'>>(),
    );
  }

  private async lastEvents(planId: string, taskIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await inSlices(taskIds, (ids) =>
      this.dataSource.manager
        .createQueryBuilder(TaskEventEntity, 'event')
        .select('event.task_id', 'taskId')
        .addSelect('MAX(event.id)', 'lastId')
        .where('event.plan_id = :planId', { planId })
        .andWhere('event.task_id IN (:...ids)', { ids })
        .groupBy('event.task_id')
        .getRawMany<{ taskId: string; lastId: number | string }>(),
    );
    return new Map(rows.map((row) => [row.taskId, Number(row.lastId)]));
  }
}
