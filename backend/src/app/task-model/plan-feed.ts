import type { TaskChangedMessage } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, In, MoreThan } from 'typeorm';
import { CardReader } from './card-reader';
import { toEventDto } from './card.mapper';
import { TaskEventEntity } from './entities/task-event.entity';
import { TaskEntity } from './entities/task.entity';
import { ofWard } from './of-ward';

/** Past this many events a client is told to reload the board instead of replaying. */
export const MAX_REPLAY_EVENTS = 500;

export interface MissedChanges {
  missed: TaskChangedMessage[];
  tooFarBehind: boolean;
}

/** What a board missed since an event id: one message per changed task, with its card as it is now. */
@Injectable()
export class PlanFeed {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cards: CardReader,
  ) {}

  async latestEventId(planId: string): Promise<string | null> {
    const row = await this.dataSource.manager
      .createQueryBuilder(TaskEventEntity, 'event')
      .select('MAX(event.id)', 'lastId')
      .where('event.plan_id = :planId', { planId })
      .getRawOne<{ lastId: number | string | null }>();
    return row?.lastId === null || row?.lastId === undefined ? null : String(row.lastId);
  }

  async missedSince(planId: string, wardId: string, since: number): Promise<MissedChanges> {
    const manager = this.dataSource.manager;
    const events = await manager.find(TaskEventEntity, {
      where: { planId, wardId, id: MoreThan(since) },
      order: { id: 'ASC' },
      take: MAX_REPLAY_EVENTS + 1,
    });
    if (events.length > MAX_REPLAY_EVENTS) return { missed: [], tooFarBehind: true };
    const latestByTask = new Map<string, TaskEventEntity>();
    for (const event of events) latestByTask.set(event.taskId, event);
    if (latestByTask.size === 0) return { missed: [], tooFarBehind: false };
    const tasks = ofWard(
      await manager.find(TaskEntity, { where: { id: In([...latestByTask.keys()]) } }),
      wardId,
    );
    const codes = await this.cards.unitCodes(wardId, manager);
    const settings = await this.cards.timeliness(wardId, manager);
    const missed = await Promise.all(
      tasks.map(async (task) => {
        const event = latestByTask.get(task.id) as TaskEventEntity;
        return {
          card: await this.cards.card(task, manager, event.id, codes, undefined, settings),
          event: toEventDto(event, codes),
        };
      }),
    );
    missed.sort((a, b) => Number(a.event.id) - Number(b.event.id));
    return { missed, tooFarBehind: false };
  }
}
