import type { CardDto } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { WardCalendars } from '../calendar/ward-calendars';
import { Clock } from '../common/clock';
import { UnitEntity } from '../org/entities/unit.entity';
import { WardSettingsReader } from '../org/ward-settings-reader';
import { type UnitCodes, WardUnitCodes } from '../org/ward-unit-codes';
import { timelinessSettings, type TimelinessSettings } from './card-timeliness';
import { type ChildProgress, childProgressByParent, NO_CHILDREN, toCard } from './card.mapper';
import { TaskEventEntity } from './entities/task-event.entity';
import { TaskUnitEntity } from './entities/task-unit.entity';
import { TaskEntity } from './entities/task.entity';
import { slices } from './slices';

/** Task ids per `IN (…)`: well under SQLite's bound parameters per statement. */
const IDS_PER_QUERY = 500;

/** What a transaction already read about a task besides its row. */
export interface KnownCardParts {
  links: readonly TaskUnitEntity[];
  children: ChildProgress;
}

/** Reads cards: a whole plan in a few set queries, or one task for a live message. */
@Injectable()
export class CardReader {
  private readonly wardUnitCodes = new WardUnitCodes();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendars: WardCalendars,
    private readonly settings: WardSettingsReader,
  ) {}

  /** Today's yardstick for the ward's cards read now, by the ward's own calendar and due-soon days. */
  async timeliness(
    wardId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TimelinessSettings> {
    const calendar = await this.calendars.calendarOf(wardId, manager);
    const { dueSoonWorkingDays } = await this.settings.of(wardId, manager);
    return timelinessSettings(this.clock.now(), dueSoonWorkingDays, calendar);
  }

  /**
   * The ward's unit codes, kept per process (see WardUnitCodes); `needed` names unit ids the
   * caller is about to look up, which are read afresh (through `manager`) when the kept codes
   * lack one.
   */
  unitCodes(
    wardId: string,
    manager: EntityManager = this.dataSource.manager,
    needed: Iterable<string | null | undefined> = [],
  ): Promise<UnitCodes> {
    return this.wardUnitCodes.of(wardId, (ward) => readUnitCodes(manager, ward), needed);
  }

  async planCards(planId: string, wardId: string): Promise<CardDto[]> {
    const manager = this.dataSource.manager;
    const [tasks, links, lastEvents] = await Promise.all([
      manager.find(TaskEntity, { where: { planId, wardId }, order: { position: 'ASC' } }),
      manager
        .createQueryBuilder(TaskUnitEntity, 'link')
        .innerJoin(TaskEntity, 'task', 'task.id = link.task_id')
        .where('task.plan_id = :planId', { planId })
        .getMany(),
      manager
        .createQueryBuilder(TaskEventEntity, 'event')
        .select('event.task_id', 'taskId')
        .addSelect('MAX(event.id)', 'lastId')
        .where('event.plan_id = :planId', { planId })
        .groupBy('event.task_id')
        .getRawMany<{ taskId: string; lastId: number | string }>(),
    ]);
    // Kept codes may predate a unit created since (see WardUnitCodes): name what the links need.
    const codes = await this.unitCodes(wardId, manager, [
      ...tasks.map((task) => task.leadUnitId),
      ...links.map((link) => link.unitId),
    ]);
    const linksByTask = groupBy(links, (link) => link.taskId);
    const progress = childProgressByParent(tasks);
    const lastEventByTask = new Map(lastEvents.map((row) => [row.taskId, Number(row.lastId)]));
    const settings = await this.timeliness(wardId, manager);
    return tasks.map((task) =>
      toCard(
        task,
        linksByTask.get(task.id) ?? [],
        codes,
        progress.get(task.id) ?? NO_CHILDREN,
        lastEventByTask.get(task.id) ?? null,
        settings,
      ),
    );
  }

  /**
   * The cards of tasks created in the caller's transaction (an import's), in a few set queries:
   * their links read a few hundred tasks at a time, their children all among them.
   */
  async newCards(
    manager: EntityManager,
    tasks: readonly TaskEntity[],
    lastEventIdOf: (task: TaskEntity) => number,
  ): Promise<{ cards: CardDto[]; codes: UnitCodes }> {
    if (tasks.length === 0) return { cards: [], codes: new Map() };
    const wardId = tasks[0].wardId;
    const links: TaskUnitEntity[] = [];
    for (const slice of slices(tasks, IDS_PER_QUERY))
      links.push(
        ...(await manager.find(TaskUnitEntity, { where: { taskId: In(slice.map((task) => task.id)) } })),
      );
    const codes = await this.unitCodes(wardId, manager, [
      ...tasks.map((task) => task.leadUnitId),
      ...links.map((link) => link.unitId),
    ]);
    const linksByTask = groupBy(links, (link) => link.taskId);
    const progress = childProgressByParent(tasks);
    const settings = await this.timeliness(wardId, manager);
    const cards = tasks.map((task) =>
      toCard(
        task,
        linksByTask.get(task.id) ?? [],
        codes,
        progress.get(task.id) ?? NO_CHILDREN,
        lastEventIdOf(task),
        settings,
      ),
    );
    return { cards, codes };
  }

  /**
   * One card. Queries run one after another: inside a transaction they share one connection,
   * which PostgreSQL's driver does not multiplex. `known` is what the caller already read about
   * the task besides its row (valid while its links and children have not changed since);
   * `settings`, the ward's yardstick when the caller reads several cards at once.
   */
  async card(
    task: TaskEntity,
    manager: EntityManager = this.dataSource.manager,
    lastEventId: number | null = null,
    unitCodes?: UnitCodes,
    known?: KnownCardParts,
    settings?: TimelinessSettings,
  ): Promise<CardDto> {
    const links = known?.links ?? (await manager.find(TaskUnitEntity, { where: { taskId: task.id } }));
    const needed = [task.leadUnitId, ...links.map((link) => link.unitId)];
    const codes =
      unitCodes && needed.every((id) => !id || unitCodes.has(id))
        ? unitCodes
        : await this.unitCodes(task.wardId, manager, needed);
    const progress = known?.children ?? (await this.childProgress(manager, task.id));
    const yardstick = settings ?? (await this.timeliness(task.wardId, manager));
    return toCard(task, links, codes, progress, lastEventId, yardstick);
  }

  private async childProgress(manager: EntityManager, taskId: string): Promise<ChildProgress> {
    const children = await manager.find(TaskEntity, {
      where: { parentId: taskId },
      select: { parentId: true, column: true },
    });
    return childProgressByParent(children).get(taskId) ?? NO_CHILDREN;
  }
}

async function readUnitCodes(manager: EntityManager, wardId: string): Promise<UnitCodes> {
  const units = await manager.find(UnitEntity, { where: { wardId }, select: { id: true, code: true } });
  return new Map(units.map((unit) => [unit.id, unit.code]));
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
