import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { AppError } from '../common/app-error';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import {
  type AcceptedBlob,
  type BlobReferences,
  FileBlobs,
  type UploadedBytes,
} from '../task-model/file-blobs';
import { judgeUpload, type UploadVerdict } from './content-type';
import { DELIVERABLE_STORE, type DeliverableStore } from './deliverable-store';
import { displayNameOf } from './display-name';

const ACCEPTED_TYPES = 'PDF, Word (DOCX), Excel (XLSX), ODT, ODS hay ảnh PNG, JPEG, WebP';

const REFUSAL_MESSAGES: Record<Extract<UploadVerdict, { refused: unknown }>['refused'], string> = {
  unsupported_type: `Nội dung tệp không phải là ${ACCEPTED_TYPES}; tệp không được lưu`,
  macro_enabled: `Tệp có chứa macro (VBA) nên không được nhận; hãy gửi ${ACCEPTED_TYPES} không có macro`,
  zip_bomb: `Tệp nén khai báo kích thước giải nén bất thường nên không được nhận; hãy gửi ${ACCEPTED_TYPES}`,
};

/**
 * The deliverables' store and upload checks behind the kernel's FileBlobs port: the one place
 * that judges uploaded bytes, for task deliverables and for every other context's files alike.
 * It also holds the reference readers other contexts register, which the sweep adds to its own.
 */
@Injectable()
export class DeliverableFileBlobs extends FileBlobs {
  readonly maxBytes: number;
  private readonly logger = new Logger(DeliverableFileBlobs.name);
  private readonly references = new Map<string, BlobReferences>();

  constructor(
    @Inject(DELIVERABLE_STORE) private readonly store: DeliverableStore,
    @Inject(ENV) env: Env,
  ) {
    super();
    this.maxBytes = env.DELIVERABLE_MAX_BYTES;
  }

  async accept(upload: UploadedBytes | undefined): Promise<AcceptedBlob> {
    if (!upload) throw new AppError('VALIDATION_FAILED', 'Chưa có tệp nào được gửi lên (trường "file")');
    if (upload.buffer.length === 0) throw new AppError('VALIDATION_FAILED', 'Tệp gửi lên không có nội dung');
    const verdict = judgeUpload(upload.buffer);
    if ('refused' in verdict) throw new AppError('UNSUPPORTED_FILE_TYPE', REFUSAL_MESSAGES[verdict.refused]);
    const blob = await this.store.put(upload.buffer);
    return { ...blob, mediaType: verdict.type, name: displayNameOf(upload.originalname, verdict.type) };
  }

  async open(sha256: string): Promise<Readable> {
    if (!(await this.store.exists(sha256))) {
      throw new AppError('INTERNAL', 'Tệp không còn trong kho lưu trữ; vui lòng báo quản trị viên');
    }
    return this.store.open(sha256);
  }

  keepReferenced(owner: string, references: BlobReferences): void {
    this.references.set(owner, references);
    this.logger.debug(`The files sweep keeps the blobs ${owner} references`);
  }

  /** Every hash the registered contexts reference, read once per sweep; any failure fails the sweep. */
  async referencedElsewhere(): Promise<Set<string>> {
    const hashes = new Set<string>();
    for (const read of this.references.values()) for (const hash of await read()) hashes.add(hash);
    return hashes;
  }
}
