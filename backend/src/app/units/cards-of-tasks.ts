import type { CardDto } from '@dondoc/contracts';
import { type EntityManager, In } from 'typeorm';
import type { TimelinessSettings } from '../task-model/card-timeliness';
import { childProgressByParent, NO_CHILDREN, toCard } from '../task-model/card.mapper';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { TaskUnitEntity } from '../task-model/entities/task-unit.entity';
import { TaskEntity } from '../task-model/entities/task.entity';
import { slices } from '../task-model/slices';

/** Ids per IN (…) list: far under SQLite's and PostgreSQL's limits on bound parameters. */
const IDS_PER_QUERY = 500;

/**
 * Cards for any set of tasks (a page of a column, a unit's tasks across plans) in a few set queries
 * per slice of ids: their unit links, their children's progress and their last event ids.
 * Queries run one after another so the helper also works inside a transaction.
 */
export async function cardsOfTasks(
  manager: EntityManager,
  tasks: readonly TaskEntity[],
  unitCodes: ReadonlyMap<string, string>,
  settings: TimelinessSettings,
): Promise<CardDto[]> {
  const links = new Map<string, TaskUnitEntity[]>();
  const children: Pick<TaskEntity, 'parentId' | 'column'>[] = [];
  const lastEvents = new Map<string, number>();
  for (const ids of slices(
    tasks.map((task) => task.id),
    IDS_PER_QUERY,
  )) {
    for (const link of await manager.find(TaskUnitEntity, { where: { taskId: In(ids) } })) {
      const list = links.get(link.taskId);
      if (list) list.push(link);
      else links.set(link.taskId, [link]);
    }
    children.push(
      ...(await manager.find(TaskEntity, {
        where: { parentId: In(ids) },
        select: { parentId: true, column: true },
      })),
    );
    const rows = await manager
      .createQueryBuilder(TaskEventEntity, 'event')
      .select('event.task_id', 'taskId')
      .addSelect('MAX(event.id)', 'lastId')
      .where('event.task_id IN (:...ids)', { ids })
      .groupBy('event.task_id')
      .getRawMany<{ taskId: string; lastId: number | string }>();
    for (const row of rows) lastEvents.set(row.taskId, Number(row.lastId));
  }
  const progress = childProgressByParent(children);
  return tasks.map((task) =>
    toCard(
      task,
      links.get(task.id) ?? [],
      unitCodes,
      progress.get(task.id) ?? NO_CHILDREN,
      lastEvents.get(task.id) ?? null,
      settings,
    ),
  );
}
