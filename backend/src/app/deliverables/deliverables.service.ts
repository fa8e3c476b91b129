import type { DeliverableFileDto, TaskDeliverablesDto } from '@dondoc/contracts';
import { takesDeliverableFiles } from '@dondoc/contracts';
import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppError, notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { insertRows } from '../database/insert-rows';
import { UnitOfWork } from '../database/unit-of-work';
import { TaskEntity } from '../task-model/entities/task.entity';
import { editRefusal } from './deliverable-access';
import { toFileDto, toVersionDtos } from './deliverable-dto';
import { DeliverableFileBlobs } from './deliverable-file-blobs';
import { DeliverableFileEntity } from './entities/deliverable-file.entity';
import { DeliverableVersionEntity } from './entities/deliverable-version.entity';
import { lockedTask } from './task-row-lock';

/** An upload as multer hands it over: the whole file in memory, already cut off at the size limit. */
export interface UploadedContent {
  originalname: string;
  buffer: Buffer;
}

export interface DownloadableFile {
  file: DeliverableFileDto;
  content: Readable;
}

@Injectable()
export class DeliverablesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly blobs: DeliverableFileBlobs,
    @Inject(ENV) private readonly env: Env,
    private readonly clock: Clock,
  ) {}

  /**
   * Adds a file to the task's draft. The type is read from the bytes; the blob is written first
   * (content-addressed, so a blob whose row never comes is harmless and reused), then the row is
   * inserted in a transaction that re-checks, under the task's lock, that the task is still
   * the lead's to edit.
   */
  async upload(
    taskId: string,
    user: AuthUser,
    upload: UploadedContent | undefined,
  ): Promise<DeliverableFileDto> {
    if (!upload) throw new AppError('VALIDATION_FAILED', 'Chưa có tệp nào được gửi lên (trường "file")');
    const task = await this.taskOf(taskId, user);
    const refusal = editRefusal(task, user);
    if (refusal) throw refusal;
    const row = await this.stored(task, user, upload);
    await this.unitOfWork.run((manager) => this.attachWithin(manager, row, user));
    return toFileDto(row);
  }

  /** The same as an upload, inside a transaction the caller owns (the demo history attaches its files so). */
  async attachInside(
    manager: EntityManager,
    task: TaskEntity,
    user: AuthUser,
    upload: UploadedContent,
  ): Promise<DeliverableFileDto> {
    const row = await this.stored(task, user, upload);
    await this.attachWithin(manager, row, user);
    return toFileDto(row);
  }

  /** Reads the type from the bytes and writes the blob; the row is not inserted yet. */
  private async stored(
    task: TaskEntity,
    user: AuthUser,
    upload: UploadedContent,
  ): Promise<DeliverableFileEntity> {
    const blob = await this.blobs.accept(upload);
    return {
      id: newId(),
      wardId: task.wardId,
      taskId: task.id,
      versionId: null,
      sha256: blob.sha256,
      size: blob.size,
      mediaType: blob.mediaType,
      name: blob.name,
      uploadedById: user.id,
      uploadedByName: user.fullName,
      createdAt: this.clock.now().toISOString(),
    };
  }

  /** Inserts the row after re-checking, under the task's lock, that the task is still the lead's to edit. */
  private async attachWithin(
    manager: EntityManager,
    row: DeliverableFileEntity,
    user: AuthUser,
  ): Promise<void> {
    const current = await lockedTask(manager, row.taskId, user.wardId);
    if (!current) throw notFound('nhiệm vụ');
    const refusedNow = editRefusal(current, user);
    if (refusedNow) throw refusedNow;
    await insertRows(manager, DeliverableFileEntity, row);
  }

  /**
   * Removes a file from the draft; the blob stays, since other rows may share its content. The
   * daily deliverable-files-sweep job removes it once no row has referenced it for a grace period.
   */
  async removeDraftFile(taskId: string, fileId: string, user: AuthUser): Promise<void> {
    await this.unitOfWork.run(async (manager) => {
      const task = await lockedTask(manager, taskId, user.wardId);
      if (!task) throw notFound('nhiệm vụ');
      const file = await manager.findOneBy(DeliverableFileEntity, { id: fileId, taskId });
      if (!file) throw notFound('tệp sản phẩm');
      const refusal = editRefusal(task, user);
      if (refusal) throw refusal;
      if (file.versionId !== null) {
        throw new AppError('EVENT_NOT_ACCEPTED', 'Tệp đã thuộc một lần trình, không thể gỡ');
      }
      await manager.delete(DeliverableFileEntity, { id: file.id, versionId: IsNull() });
    });
  }

  /** The draft and every submitted version, with what each version changed; anyone of the ward may read. */
  async list(taskId: string, user: AuthUser): Promise<TaskDeliverablesDto> {
    const task = await this.taskOf(taskId, user);
    const manager = this.dataSource.manager;
    const [files, versions] = await Promise.all([
      manager.find(DeliverableFileEntity, { where: { taskId }, order: { createdAt: 'ASC', id: 'ASC' } }),
      manager.find(DeliverableVersionEntity, { where: { taskId }, order: { number: 'ASC' } }),
    ]);
    return {
      taskId,
      takesFiles: takesDeliverableFiles(task.type),
      canEdit: editRefusal(task, user) === null,
      draft: files.filter((file) => file.versionId === null).map(toFileDto),
      versions: toVersionDtos(versions, files),
      limits: {
        maxBytes: this.env.DELIVERABLE_MAX_BYTES,
        filesRequired: this.env.DELIVERABLE_FILES_REQUIRED,
      },
    };
  }

  /** A file's bytes for a reader of its task: anyone of the task's ward, as for the task and its board. */
  async download(fileId: string, user: AuthUser): Promise<DownloadableFile> {
    const file = await this.dataSource.manager.findOneBy(DeliverableFileEntity, {
      id: fileId,
      wardId: user.wardId,
    });
    if (!file) throw notFound('tệp sản phẩm');
    await this.taskOf(file.taskId, user);
    return { file: toFileDto(file), content: await this.blobs.open(file.sha256) };
  }

  private async taskOf(taskId: string, user: AuthUser): Promise<TaskEntity> {
    const task = await this.dataSource.manager.findOneBy(TaskEntity, { id: taskId, wardId: user.wardId });
    if (!task) throw notFound('nhiệm vụ');
    return task;
  }
}
