import type { TransitionResponse } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { MentionedUsers } from '../collaboration/mentioned-users';
import { AppError, notFound } from '../common/app-error';
import { isBlankText, storedText } from '../common/user-text';
import { TaskEntity } from '../task-model/entities/task.entity';
import { TaskTransitionService } from './task-transition.service';

/** A comment does not depend on the task's state: a move in between is retried this often. */
const COMMENT_ATTEMPTS = 3;

/**
 * A comment is a COMMENT event at the task's current version, whose payload names the ward's
 * users the text mentions (`mentions`, user ids) for notifications.
 */
@Injectable()
export class TaskCommentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transitions: TaskTransitionService,
    private readonly mentioned: MentionedUsers,
  ) {}

  async comment(taskId: string, user: AuthUser, written: string): Promise<TransitionResponse> {
    if (isBlankText(written)) {
      throw new AppError('VALIDATION_FAILED', 'Ý kiến không có nội dung', {
        details: ['text: chỉ có khoảng trắng hoặc ký tự không hiển thị'],
      });
    }
    const text = storedText(written).trim();
    const mentions = await this.mentioned.in(text, user);
    for (let attempt = 1; ; attempt++) {
      const task = await this.dataSource.manager.findOneBy(TaskEntity, { id: taskId, wardId: user.wardId });
      if (!task) throw notFound('nhiệm vụ');
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
}
