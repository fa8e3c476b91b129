import type { TaskType } from '@dondoc/domain';

/**
 * Task types whose submission hands in a deliverable (the SUBMIT of the document spine and of
 * legal documents): only these take files, and only their submissions freeze a version.
 */
export const DELIVERABLE_TASK_TYPES: readonly TaskType[] = [
  'document',
  'legal_document',
  'periodic_report',
  'triggered',
];

export function takesDeliverableFiles(type: TaskType): boolean {
  return DELIVERABLE_TASK_TYPES.includes(type);
}

/** What the server accepts, recognised by content: PDF, Word, Excel, OpenDocument text and sheet, images. */
export const DELIVERABLE_MEDIA_TYPES = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
} as const;
export type DeliverableMediaType = keyof typeof DELIVERABLE_MEDIA_TYPES;

/** The file picker's `accept`: a hint for the browser; the server decides by the bytes. */
export const DELIVERABLE_ACCEPT = '.pdf,.docx,.xlsx,.odt,.ods,.png,.jpg,.jpeg,.webp';

/** The multipart field an upload carries its file in. */
export const DELIVERABLE_UPLOAD_FIELD = 'file';

export const DELIVERABLE_API = {
  /** GET the task's draft files and submitted versions; POST (multipart) adds a draft file. */
  ofTask: (taskId: string) => `/api/tasks/${encodeURIComponent(taskId)}/deliverables`,
  /** DELETE a draft file. */
  draftFile: (taskId: string, fileId: string) =>
    `/api/tasks/${encodeURIComponent(taskId)}/deliverables/${encodeURIComponent(fileId)}`,
  /** GET the file's bytes, as an attachment. */
  content: (fileId: string) => `/api/deliverables/${encodeURIComponent(fileId)}/content`,
} as const;

export interface DeliverableFileDto {
  id: string;
  /** The sanitised name shown and offered on download; never a path on the server. */
  name: string;
  size: number;
  mediaType: DeliverableMediaType;
  /** SHA-256 of the content, hex: equal hashes are the same file whatever the names. */
  sha256: string;
  uploadedAt: string;
  uploadedBy: { id: string | null; name: string };
}

export interface DeliverableFileRefDto {
  fileId: string;
  name: string;
  sha256: string;
}

/** What a version changed against the one before it, by content (a rename alone is unchanged). */
export interface DeliverableChangesDto {
  added: DeliverableFileRefDto[];
  removed: DeliverableFileRefDto[];
  unchanged: DeliverableFileRefDto[];
}

export interface DeliverableVersionDto {
  /** 1 for the first submission, 2 after a return and resubmission… */
  number: number;
  /** The task version the submission produced: the SUBMIT event of that version in the history. */
  taskVersion: number;
  submittedAt: string;
  submittedBy: { id: string | null; name: string };
  files: DeliverableFileDto[];
  /** Null for the first version. */
  changes: DeliverableChangesDto | null;
}

export interface TaskDeliverablesDto {
  taskId: string;
  /** Whether the task takes files at all (see DELIVERABLE_TASK_TYPES). */
  takesFiles: boolean;
  /** Whether the caller may add and remove draft files now (lead unit, task not handed in). */
  canEdit: boolean;
  /** The files of the next submission; after a submission they start as a copy of its files. */
  draft: DeliverableFileDto[];
  /** Oldest first. */
  versions: DeliverableVersionDto[];
  limits: {
    maxBytes: number;
    /** A submission needs at least one file; otherwise a written reference may stand in. */
    filesRequired: boolean;
  };
}
