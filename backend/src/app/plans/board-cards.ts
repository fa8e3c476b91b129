import type { CardDto } from '@dondoc/contracts';
import type { BoardColumn, TaskType } from '@dondoc/domain';
import type { WorkflowContext } from '@dondoc/workflows';
import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { CardReader } from '../task-model/card-reader';
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
 * queries beside them (cooperators, last event per task; children's progress for a page) scoped
 * to the plan or the page, so a whole board of 10,000 cards is three queries and one pass.
 */
@Injectable()
export class BoardCards {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cards: CardReader,
  ) {}

  /** Every card of the plan, in plan order. */
  async ofPlan(planId: string, wardId: string, unitCodes: ReadonlyMap<string, string>): Promise<CardDto[]> {
    const rows = await this.taskRows(planId, wardId).getRawMany<RawCardRow>();
    // Children live in their parent's plan: the rows already hold their progress.
    return this.toCards(planId, rows, unitCodes, null, childProgressByParent(rows));
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
  ): Promise<CardDto[]> {
    const ids = rows.map((row) => row.id);
    const children = await this.childrenOf(ids);
    return this.toCards(planId, rows, unitCodes, ids, childProgressByParent(children));
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
   * Cards from rows; `onlyIds` narrows the side queries to a page (null: the whole plan). The
   * side queries run one after another: they are short, and SQLite has one connection anyway.
   */
  private async toCards(
    planId: string,
    rows: readonly RawCardRow[],
    unitCodes: ReadonlyMap<string, string>,
    onlyIds: readonly string[] | null,
    progress: ReadonlyMap<string, ChildProgress>,
  ): Promise<CardDto[]> {
    if (rows.length === 0) return [];
    const cooperators = await this.cooperators(planId, onlyIds);
    const lastEvents = await this.lastEvents(planId, onlyIds);
    // Every row is of the plan's ward (taskRows filters on it).
    const settings = await this.cards.timeliness(rows[0].wardId);
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
    planId: string,
    onlyIds: readonly string[] | null,
  ): Promise<Map<string, Pick<TaskUnitEntity, 'unitId' | 'role'>[]>> {
    const query = () =>
      this.dataSource.manager
        .createQueryBuilder(TaskUnitEntity, 'link')
        .select('link.task_id', 'taskId')
        .addSelect('link.unit_id', 'unitId')
        .where("link.role = 'cooperator'");
    const rows = onlyIds
      ? await inSlices(onlyIds, (ids) =>
          query()
            .andWhere('link.task_id IN (:...ids)', { ids })
            .getRawMany<{ taskId: string; unitId: string }>(),
        )
      : await query()
          .innerJoin(TaskEntity, 'task', 'task.id = link.task_id AND task.plan_id = :planId', { planId })
          .getRawMany<{ taskId: string; unitId: string }>();
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

  private async lastEvents(planId: string, onlyIds: readonly string[] | null): Promise<Map<string, number>> {
    type LastEventRow = { taskId: string; lastId: number | string };
    const query = () =>
      this.dataSource.manager
        .createQueryBuilder(TaskEventEntity, 'event')
        .select('event.task_id', 'taskId')
        .addSelect('MAX(event.id)', 'lastId')
        .where('event.plan_id = :planId', { planId })
        .groupBy('event.task_id');
    const rows = onlyIds
      ? await inSlices(onlyIds, (ids) =>
          query().andWhere('event.task_id IN (:...ids)', { ids }).getRawMany<LastEventRow>(),
        )
      : await query().getRawMany<LastEventRow>();
    return new Map(rows.map((row) => [row.taskId, Number(row.lastId)]));
  }
}
