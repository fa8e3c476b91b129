import type { CardDto } from '@dondoc/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { UnitEntity } from '../org/entities/unit.entity';
import { timelinessSettings, type TimelinessSettings } from './card-timeliness';
import { childProgressByParent, NO_CHILDREN, toCard } from './card.mapper';
import { TaskEventEntity } from './entities/task-event.entity';
import { TaskUnitEntity } from './entities/task-unit.entity';
import { TaskEntity } from './entities/task.entity';

/** Reads cards: a whole plan in a few set queries, or one task for a live message. */
@Injectable()
export class CardReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** Today's yardstick for every card read now. */
  timeliness(): TimelinessSettings {
    return timelinessSettings(this.clock.now(), this.env.DUE_SOON_WORKING_DAYS);
  }

  async unitCodes(
    wardId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string>> {
    const units = await manager.find(UnitEntity, { where: { wardId }, select: { id: true, code: true } });
    return new Map(units.map((unit) => [unit.id, unit.code]));
  }

  async planCards(planId: string, wardId: string): Promise<CardDto[]> {
    const manager = this.dataSource.manager;
    const [tasks, links, codes, lastEvents] = await Promise.all([
      manager.find(TaskEntity, { where: { planId, wardId }, order: { position: 'ASC' } }),
      manager
        .createQueryBuilder(TaskUnitEntity, 'link')
        .innerJoin(TaskEntity, 'task', 'task.id = link.task_id')
        .where('task.plan_id = :planId', { planId })
        .getMany(),
      this.unitCodes(wardId, manager),
      manager
        .createQueryBuilder(TaskEventEntity, 'event')
        .select('event.task_id', 'taskId')
        .addSelect('MAX(event.id)', 'lastId')
        .where('event.plan_id = :planId', { planId })
        .groupBy('event.task_id')
        .getRawMany<{ taskId: string; lastId: number | string }>(),
    ]);
    const linksByTask = groupBy(links, (link) => link.taskId);
    const progress = childProgressByParent(tasks);
    const lastEventByTask = new Map(lastEvents.map((row) => [row.taskId, Number(row.lastId)]));
    const settings = this.timeliness();
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
   * One card. Queries run one after another: inside a transaction they share one connection,
   * which PostgreSQL's driver does not multiplex.
   */
  async card(
    task: TaskEntity,
    manager: EntityManager = this.dataSource.manager,
    lastEventId: number | null = null,
    unitCodes?: ReadonlyMap<string, string>,
  ): Promise<CardDto> {
    const links = await manager.find(TaskUnitEntity, { where: { taskId: task.id } });
    const codes = unitCodes ?? (await this.unitCodes(task.wardId, manager));
    const children = await manager.find(TaskEntity, {
      where: { parentId: task.id },
      select: { parentId: true, column: true },
    });
    const progress = childProgressByParent(children).get(task.id) ?? NO_CHILDREN;
    return toCard(task, links, codes, progress, lastEventId, this.timeliness());
  }
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
