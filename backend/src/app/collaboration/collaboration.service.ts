import type { TaskOpinionsDto, TransitionResponse } from '@dondoc/contracts';
import type { WorkflowContext } from '@dondoc/workflows';
import { Injectable } from '@nestjs/common';
import { DataSource, In, Not } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppError, notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { vietnamToday } from '../common/vietnam-today';
import { UserEntity } from '../org/entities/user.entity';
import { CardReader } from '../tasks/card-reader';
import { TaskEntity } from '../tasks/entities/task.entity';
import { TaskTransitionService } from '../tasks/task-transition.service';
import { mentionedUsernames } from './mentions';
import { contributionsOf, opinionCount } from './opinion-view';

/** A comment does not depend on the task's state: a move in between is retried this often. */
const COMMENT_ATTEMPTS = 3;

@Injectable()
export class CollaborationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cards: CardReader,
    private readonly transitions: TaskTransitionService,
    private readonly clock: Clock,
  ) {}

  async opinions(taskId: string, user: AuthUser): Promise<TaskOpinionsDto> {
    const manager = this.dataSource.manager;
    const task = await this.task(taskId, user);
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

  /**
   * A COMMENT event whose payload names the ward's users the text mentions (`mentions`, user ids),
   * for notifications. Comments are written at the task's current version.
   */
  async comment(taskId: string, user: AuthUser, text: string): Promise<TransitionResponse> {
    const mentions = await this.mentionedUserIds(user, text);
    for (let attempt = 1; ; attempt++) {
      const task = await this.task(taskId, user);
      try {
        return await this.transitions.transition(taskId, user, {
          event: 'COMMENT',
          expectedVersion: task.version,
          comment: text,
          payload: { mentions },
        });
      } catch (error) {
        const moved = error instanceof AppError && error.code === 'VERSION_CONFLICT';
        if (!moved || attempt >= COMMENT_ATTEMPTS) throw error;
      }
    }
  }

  private async mentionedUserIds(user: AuthUser, text: string): Promise<string[]> {
    const usernames = mentionedUsernames(text);
    if (usernames.length === 0) return [];
    const users = await this.dataSource.manager.find(UserEntity, {
      select: { id: true, username: true },
      where: { wardId: user.wardId, username: In(usernames), id: Not(user.id) },
    });
    const idOf = new Map(users.map((found) => [found.username.toLowerCase(), found.id]));
    return usernames.flatMap((username) => idOf.get(username) ?? []);
  }

  private async task(taskId: string, user: AuthUser): Promise<TaskEntity> {
    const task = await this.dataSource.manager.findOneBy(TaskEntity, { id: taskId, wardId: user.wardId });
    if (!task) throw notFound('nhiệm vụ');
    return task;
  }
}
