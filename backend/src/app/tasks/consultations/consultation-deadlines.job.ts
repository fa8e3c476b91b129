import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { systemActor } from '../../auth/system-actor';
import { AppError } from '../../common/app-error';
import { vietnamToday } from '../../common/vietnam-today';
import { UnitOfWork } from '../../database/unit-of-work';
import { OutboxPublisher } from '../../outbox/outbox-publisher';
import { type JobSummary, Scheduled, type ScheduledJob } from '../../scheduler/scheduled-job';
import { TaskEntity } from '../../task-model/entities/task.entity';
import { TaskTransitionService } from '../task-transition.service';
import { consultationExpired } from './consultation-deadline';

export type ClosingOutcome = 'closed' | 'moved_by_someone_else';

/**
 * Closes the consultations of legal documents whose deadline has passed, through the engine like
 * any move: the event log names the system, and the versioned update yields to a person who
 * moved the task first.
 */
@Injectable()
@Scheduled()
export class ConsultationDeadlinesJob implements ScheduledJob {
  readonly name = 'consultation-deadlines';
  readonly stage = 'expire' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly transitions: TaskTransitionService,
    private readonly outbox: OutboxPublisher,
  ) {}

  async run(now: Date): Promise<JobSummary> {
    const today = vietnamToday(now);
    const consulting = await this.dataSource.manager.find(TaskEntity, {
      where: { type: 'legal_document', state: 'consultation' },
      select: { id: true, wardId: true, type: true, state: true, version: true, context: true },
    });
    const expired = consulting.filter((task) => consultationExpired(task, today));
    const summary = { expired: expired.length, closed: 0, movedBySomeoneElse: 0 };
    for (const task of expired) {
      if ((await this.close(task)) === 'closed') summary.closed++;
      else summary.movedBySomeoneElse++;
    }
    return summary;
  }

  /** Closes one consultation as seen at `task.version`; a newer version means a person was first. */
  async close(task: Pick<TaskEntity, 'id' | 'wardId' | 'version'>): Promise<ClosingOutcome> {
    try {
      const message = await this.unitOfWork.run((manager) =>
        this.transitions.applyWithin(manager, task.id, systemActor(task.wardId), {
          event: 'CLOSE_CONSULTATION',
          expectedVersion: task.version,
          comment: 'Hết hạn lấy ý kiến: hệ thống kết thúc lấy ý kiến',
          payload: { deadlinePassed: true },
        }),
      );
      await this.outbox.publishCommitted(message);
      return 'closed';
    } catch (error) {
      if (error instanceof AppError && error.code === 'VERSION_CONFLICT') return 'moved_by_someone_else';
      throw error;
    }
  }
}
