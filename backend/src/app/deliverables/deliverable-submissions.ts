import type { TransitionRequest } from '@dondoc/contracts';
import { takesDeliverableFiles } from '@dondoc/contracts';
import { allowedEvents, type WorkflowActor, type WorkflowTask } from '@dondoc/workflows';
import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager, IsNull } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/app-error';
import { newId } from '../common/ids';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { insertRows } from '../database/insert-rows';
import type { TaskEntity } from '../task-model/entities/task.entity';
import { DeliverableFileEntity } from './entities/deliverable-file.entity';
import { DeliverableVersionEntity } from './entities/deliverable-version.entity';
import { submissionReference } from './submission-reference';
import { lockedTask } from './task-row-lock';

export interface TransitionParties {
  task: TaskEntity;
  workflowTask: WorkflowTask;
  actor: WorkflowActor;
  user: AuthUser | null;
}

type Payload = Record<string, unknown> | undefined;

/**
 * What deliverables add to a transition, inside its transaction and before the workflow decides:
 * a SUBMIT freezes the draft files as the next numbered version and names them in the payload's
 * `deliverableRef` (which the workflow requires); a RETURN starts the next draft from the returned
 * version. Everything is undone with the transaction when the workflow then refuses the event.
 * Other events pass untouched and cost nothing.
 */
@Injectable()
export class DeliverableSubmissions {
  constructor(@Inject(ENV) private readonly env: Env) {}

  async beforeTransition(
    manager: EntityManager,
    parties: TransitionParties,
    request: TransitionRequest,
    at: string,
  ): Promise<Payload> {
    if (!takesDeliverableFiles(parties.task.type)) return request.payload;
    if (request.event === 'SUBMIT') return this.submit(manager, parties, request.payload, at);
    if (request.event === 'RETURN') await this.reopenDraft(manager, parties.task);
    return request.payload;
  }

  private async submit(
    manager: EntityManager,
    { task, workflowTask, actor, user }: TransitionParties,
    payload: Payload,
    at: string,
  ): Promise<Payload> {
    await lockedTask(manager, task.id, task.wardId);
    const draft = await manager.find(DeliverableFileEntity, {
      where: { taskId: task.id, versionId: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const written = textOf(payload?.['deliverableRef']);
    if (draft.length === 0) {
      if (written && !this.env.DELIVERABLE_FILES_REQUIRED) return payload;
      // Who may not submit at all, or not now, hears that from the workflow instead.
      if (!allowedEvents(workflowTask, actor, at).includes('SUBMIT')) return payload;
      throw new AppError(
        'DELIVERABLE_REQUIRED',
        this.env.DELIVERABLE_FILES_REQUIRED
          ? 'Cần đính kèm ít nhất một tệp sản phẩm trước khi trình'
          : 'Cần đính kèm ít nhất một tệp sản phẩm (hoặc ghi rõ số, ký hiệu sản phẩm) trước khi trình',
      );
    }

    const latest = await manager.findOne(DeliverableVersionEntity, {
      where: { taskId: task.id },
      order: { number: 'DESC' },
    });
    const version: DeliverableVersionEntity = {
      id: newId(),
      wardId: task.wardId,
      taskId: task.id,
      number: (latest?.number ?? 0) + 1,
      taskVersion: task.version + 1,
      submittedById: user?.id ?? null,
      submittedByName: user?.fullName ?? 'Hệ thống',
      createdAt: at,
    };
    await insertRows(manager, DeliverableVersionEntity, version);
    await manager.update(
      DeliverableFileEntity,
      { taskId: task.id, versionId: IsNull() },
      { versionId: version.id },
    );
    return {
      ...payload,
      deliverableRef: submissionReference(
        version.number,
        draft.map((file) => file.name),
      ),
      deliverableVersion: version.number,
      ...(written ? { deliverableNote: written } : {}),
    };
  }

  /** After a return the lead reworks the last submission: its files become the new draft. */
  private async reopenDraft(manager: EntityManager, task: TaskEntity): Promise<void> {
    const latest = await manager.findOne(DeliverableVersionEntity, {
      where: { taskId: task.id },
      order: { number: 'DESC' },
    });
    if (!latest) return;
    const hasDraft = await manager.exists(DeliverableFileEntity, {
      where: { taskId: task.id, versionId: IsNull() },
    });
    if (hasDraft) return;
    const submitted = await manager.find(DeliverableFileEntity, {
      where: { versionId: latest.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    await insertRows(
      manager,
      DeliverableFileEntity,
      submitted.map((file) => ({ ...file, id: newId(), versionId: null })),
    );
  }
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
