import type { TaskOpinionsDto } from '@dondoc/contracts';
import type { WorkflowContext } from '@dondoc/workflows';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { vietnamToday } from '../common/vietnam-today';
import { UserEntity } from '../org/entities/user.entity';
import { CardReader } from '../task-model/card-reader';
import { TaskEntity } from '../task-model/entities/task.entity';
import { contributionsOf, opinionCount } from '../task-model/opinion-view';

@Injectable()
export class CollaborationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cards: CardReader,
    private readonly clock: Clock,
  ) {}

  async opinions(taskId: string, user: AuthUser): Promise<TaskOpinionsDto> {
    const manager = this.dataSource.manager;
    const task = await manager.findOneBy(TaskEntity, { id: taskId, wardId: user.wardId });
    if (!task) throw notFound('nhiệm vụ');
    const context = task.context as WorkflowContext;
    const contributions = contributionsOf(context, vietnamToday(this.clock.now()));
    const authorIds = contributions.flatMap(({ opinion }) => (opinion?.by ? [opinion.by] : []));
    const [codes, authors] = await Promise.all([
      this.cards.unitCodes(task.wardId, manager),
      authorIds.length ? manager.findBy(UserEntity, { id: In(authorIds) }) : Promise.resolve([]),
    ]);
    const names = new Map(authors.map((author) => [author.id, author.fullName]));
    return {
      taskId: task.id,
      deadline: context.consultationDeadline,
      open: task.state === 'consultation',
      ...(opinionCount(context) ?? { given: 0, total: 0 }),
      opinions: contributions.map(({ unitId, status, opinion }) => ({
        unitId,
        unitCode: codes.get(unitId) ?? null,
        status,
        text: opinion?.opinion ?? null,
        byName: opinion?.by ? (names.get(opinion.by) ?? null) : null,
        at: opinion?.at ?? null,
      })),
    };
  }
}
