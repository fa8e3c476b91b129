import type { ResultFileDto } from '@dondoc/contracts';
import { fileCountProblem, partFilesRefusal, readsPartFiles, type RoundActor } from '@dondoc/workflows';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppError, notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { UnitOfWork } from '../database/unit-of-work';
import { FileBlobs, type UploadedBytes } from '../task-model/file-blobs';
import { ReportResultFileEntity } from './report-result-file.entity';
import { ReportRoundEntity } from './report-round.entity';
import { lockedRound } from './round-row-lock';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface DownloadableResultFile {
  file: ResultFileDto;
  content: Readable;
}

export function toResultFileDto(file: ReportResultFileEntity): ResultFileDto {
  return {
    id: file.id,
    roundId: file.roundId,
    unitId: file.unitId,
    taskId: file.taskId,
    name: file.name,
    size: file.size,
    mediaType: file.mediaType,
    sha256: file.sha256,
    uploadedAt: file.uploadedAt,
    uploadedBy: { id: file.uploadedById, name: file.uploadedByName },
  };
}

const actorOf = (user: AuthUser): RoundActor => ({ userId: user.id, unitId: user.unitId, roles: user.roles });

/**
 * The files a lead unit attaches to its results in a round ("kết quả thực hiện" with its
 * evidence). The bytes go through the kernel's FileBlobs port, with the deliverables' checks;
 * whether the part's files may change is the round machine's answer to saving the part, asked
 * again under the round's lock when the row is written, so a file never joins a part handed in.
 */
@Injectable()
export class ResultFilesService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly blobs: FileBlobs,
  ) {}

  /** The files sweep keeps every blob a result file references. */
  onModuleInit(): void {
    this.blobs.keepReferenced('report_result_file', async () => {
      const rows = await this.dataSource.manager
        .createQueryBuilder(ReportResultFileEntity, 'file')
        .select('DISTINCT file.sha256', 'sha256')
        .getRawMany<{ sha256: string }>();
      return rows.map((row) => row.sha256);
    });
  }

  /**
   * Checks what can be checked before the bytes are read (the round, the part, the task line,
   * the caller's right), stores the blob, then inserts the row after checking again under the
   * round's lock. A blob whose row never comes is harmless: the sweep removes it after its grace.
   */
  async upload(
    user: AuthUser,
    roundId: string,
    unitId: string,
    taskId: unknown,
    upload: UploadedBytes | undefined,
  ): Promise<ResultFileDto> {
    if (typeof taskId !== 'string' || !UUID.test(taskId))
      throw new AppError('VALIDATION_FAILED', 'Cần chọn nhiệm vụ của tệp kết quả (trường "taskId")');
    const now = this.clock.now().toISOString();
    this.editRefusal(
      await this.roundOfWard(this.dataSource.manager, roundId, user),
      user,
      unitId,
      taskId,
      now,
    );
    const blob = await this.blobs.accept(upload);
    const row: ReportResultFileEntity = {
      id: newId(),
      wardId: user.wardId,
      roundId,
      unitId,
      taskId,
      sha256: blob.sha256,
      size: blob.size,
      mediaType: blob.mediaType,
      name: blob.name,
      uploadedById: user.id,
      uploadedByName: user.fullName,
      uploadedAt: now,
    };
    await this.unitOfWork.run(async (manager) => {
      const round = await lockedRound(manager, roundId, user.wardId);
      this.editRefusal(round, user, unitId, taskId, now);
      const count = await manager.countBy(ReportResultFileEntity, { roundId, unitId, taskId });
      const tooMany = fileCountProblem(count);
      if (tooMany) throw new AppError('VALIDATION_FAILED', tooMany);
      await manager.insert(ReportResultFileEntity, row);
    });
    return toResultFileDto(row);
  }

  /** Removes a file while its part is still the unit's to edit; the blob stays for the sweep to judge. */
  async remove(user: AuthUser, roundId: string, fileId: string): Promise<void> {
    const now = this.clock.now().toISOString();
    await this.unitOfWork.run(async (manager) => {
      const round = await lockedRound(manager, roundId, user.wardId);
      const file = await manager.findOneBy(ReportResultFileEntity, { id: fileId, roundId });
      if (!file) throw notFound('tệp kết quả');
      this.editRefusal(round, user, file.unitId, file.taskId, now);
      await manager.delete(ReportResultFileEntity, { id: file.id });
    });
  }

  /** A file's bytes for its unit, Văn phòng and the ward's leadership. */
  async download(user: AuthUser, roundId: string, fileId: string): Promise<DownloadableResultFile> {
    const manager = this.dataSource.manager;
    const round = await this.roundOfWard(manager, roundId, user);
    const file = await manager.findOneBy(ReportResultFileEntity, { id: fileId, roundId });
    if (!file) throw notFound('tệp kết quả');
    if (!readsPartFiles(actorOf(user), round.context, file.unitId))
      throw new AppError(
        'FORBIDDEN',
        'Chỉ đơn vị viết báo cáo, Văn phòng HĐND và UBND và lãnh đạo phường mới được tải tệp kết quả',
      );
    return { file: toResultFileDto(file), content: await this.blobs.open(file.sha256) };
  }

  /** Every file of a round, per unit, oldest first: the round's DTO lists them in its parts. */
  async ofRound(manager: EntityManager, roundId: string): Promise<Map<string, ResultFileDto[]>> {
    const files = await manager.find(ReportResultFileEntity, {
      where: { roundId },
      order: { uploadedAt: 'ASC', id: 'ASC' },
    });
    const byUnit = new Map<string, ResultFileDto[]>();
    for (const file of files)
      byUnit.set(file.unitId, [...(byUnit.get(file.unitId) ?? []), toResultFileDto(file)]);
    return byUnit;
  }

  private editRefusal(
    round: ReportRoundEntity,
    user: AuthUser,
    unitId: string,
    taskId: string,
    now: string,
  ): void {
    const part = round.context.parts[unitId];
    if (!part) throw notFound('phần báo cáo của đơn vị trong đợt này');
    if (!part.taskIds.includes(taskId)) throw notFound('nhiệm vụ trong phần báo cáo của đơn vị');
    const refusal = partFilesRefusal(
      { state: round.state, context: round.context },
      actorOf(user),
      unitId,
      now,
    );
    if (refusal) throw new AppError(refusal.code, refusal.reason);
  }

  private async roundOfWard(
    manager: EntityManager,
    roundId: string,
    user: AuthUser,
  ): Promise<ReportRoundEntity> {
    const round = await manager.findOneBy(ReportRoundEntity, { id: roundId, wardId: user.wardId });
    if (!round) throw notFound('đợt báo cáo');
    return round;
  }
}
