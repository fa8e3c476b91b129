import { computed, inject, Injectable, signal } from '@angular/core';
import { type ApiFailure, toApiFailure } from '../../core/http/api-error';
import {
  EDITABLE_FIELDS,
  type EditableField,
  type EditableRow,
  editableRows,
  extraHeadersOf,
  mergeWithNext,
  rowsToGrid,
  splitRow,
  withCell,
} from './edit-rows';
import { type ChoiceDraft, choicesToSend, EMPTY_CHOICE, openBlockers } from './name-choices';
import { type PastedTable, PlanImportApi } from './plan-import-api';
import type { ImportCatalog, PlanHeaderGuess, PlanPreview } from './plan-import.types';

/** The server's own limit (20 MB): a larger file is refused here without sending it. */
export const MAX_PLAN_FILE_BYTES = 20 * 1024 * 1024;

/** The refusals the server names by a reason code (first of `details`), each with its own text. */
export const REFUSAL_REASONS = [
  'empty',
  'too_large',
  'unsupported_type',
  'legacy_office',
  'corrupt',
  'encrypted',
  'macro_enabled',
  'zip_bomb',
  'scanned_pdf',
  'no_table',
  'no_tasks',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export interface Refusal {
  /** The named reason, or null when the page shows the failure's code and message. */
  reason: RefusalReason | null;
  failure: ApiFailure;
  /** What the server listed: the rows that still need fixing, the parser's warnings. */
  details: string[];
}

export type ImportPhase = 'choose' | 'reading' | 'preview' | 'importing';

export function refusalOf(failure: ApiFailure): Refusal {
  const first = failure.details?.[0];
  const named = REFUSAL_REASONS.find((reason) => reason === first);
  const reason = named ?? (failure.code === 'PAYLOAD_TOO_LARGE' ? 'too_large' : null);
  const details = (failure.details ?? []).slice(named ? 1 : 0).filter((detail) => typeof detail === 'string');
  return { reason, failure, details: details as string[] };
}

/**
 * The import page's state: what was read, the rows as the person corrects them, their choices for
 * unknown names, and the plan it amends. Every reading comes from the server (one parser for all
 * formats); the page edits the rows and sends them back to be read again or imported.
 */
@Injectable()
export class PlanImportStore {
  private readonly api = inject(PlanImportApi);
  private readonly phaseValue = signal<ImportPhase>('choose');
  private readonly previewValue = signal<PlanPreview | null>(null);
  private readonly rowsValue = signal<readonly EditableRow[]>([]);
  private readonly extraHeadersValue = signal<readonly string[]>([]);
  private readonly dirtyValue = signal(false);
  private readonly refusalValue = signal<Refusal | null>(null);
  private readonly choicesValue = signal<Readonly<Record<string, ChoiceDraft>>>({});
  private readonly catalogValue = signal<ImportCatalog | null>(null);

  readonly phase = this.phaseValue.asReadonly();
  readonly preview = this.previewValue.asReadonly();
  readonly rows = this.rowsValue.asReadonly();
  readonly extraHeaders = this.extraHeadersValue.asReadonly();
  /** True once a cell or a row changed since the server last read the rows. */
  readonly dirty = this.dirtyValue.asReadonly();
  readonly refusal = this.refusalValue.asReadonly();
  readonly choices = this.choicesValue.asReadonly();
  readonly catalog = this.catalogValue.asReadonly();
  readonly header = signal<PlanHeaderGuess>({ symbol: '', title: '', issuedOn: null, year: 2026 });
  /** The plan this document revises, when the person says it is an amendment. */
  readonly amendsPlanId = signal<string | null>(null);
  readonly busy = computed(() => this.phaseValue() === 'reading' || this.phaseValue() === 'importing');

  /** The rows grouped under their sections, in the document's order. */
  readonly groups = computed(() => {
    const preview = this.previewValue();
    const rows = this.rowsValue();
    if (!preview) return [];
    const known = new Set(preview.sections.map((section) => section.key));
    const loose = rows.filter((row) => row.sectionKey === null || !known.has(row.sectionKey));
    const sections = preview.sections.map((section) => ({
      section,
      rows: rows.filter((row) => row.sectionKey === section.key),
    }));
    return loose.length > 0 ? [{ section: null, rows: loose }, ...sections] : sections;
  });

  /** Problems that still stop the import, once the choices made so far are counted. */
  readonly openBlockers = computed(() => {
    const choices = this.choicesValue();
    return this.rowsValue().reduce(
      (count, row) => count + (row.read ? openBlockers(row.read, choices) : 0),
      0,
    );
  });

  async loadCatalog(): Promise<void> {
    try {
      this.catalogValue.set(await this.api.catalog());
    } catch {
      // Without the catalog the person can still pick "outside" or correct the names in the cells.
      this.catalogValue.set({ units: [], groups: [] });
    }
  }

  readFile(file: File): Promise<void> {
    if (file.size > MAX_PLAN_FILE_BYTES) {
      this.refusalValue.set({
        reason: 'too_large',
        failure: { status: 413, code: 'PAYLOAD_TOO_LARGE', message: '' },
        details: [],
      });
      return Promise.resolve();
    }
    return this.read(() => this.api.previewFile(file, this.amendsPlanId()));
  }

  readPaste(paste: PastedTable): Promise<void> {
    return this.read(() => this.api.previewPaste(paste, this.amendsPlanId()));
  }

  /** Sends the corrected rows to be read again: new problems, deadlines and types. */
  reread(): Promise<void> {
    const preview = this.previewValue();
    if (!preview) return Promise.resolve();
    const grid = this.currentGrid(preview);
    return this.read(() =>
      this.api.previewGrid(grid, preview.sourceSha256, this.header().year, this.amendsPlanId()),
    );
  }

  edit(id: string, field: EditableField, text: string): void {
    if (!EDITABLE_FIELDS.includes(field)) return;
    this.change((rows) => rows.map((row) => (row.id === id ? withCell(row, field, text) : row)));
  }

  split(id: string): void {
    this.change((rows) => splitRow(rows, id));
  }

  merge(id: string): void {
    this.change((rows) => mergeWithNext(rows, id));
  }

  choose(name: string, draft: Partial<ChoiceDraft>): void {
    this.choicesValue.update((choices) => ({
      ...choices,
      [name]: { ...(choices[name] ?? EMPTY_CHOICE), ...draft },
    }));
  }

  /** Creates the plan (or applies the amendment) and answers its id; null when it was refused. */
  async confirm(): Promise<string | null> {
    const preview = this.previewValue();
    if (!preview || this.busy()) return null;
    this.phaseValue.set('importing');
    this.refusalValue.set(null);
    const amendsPlanId = this.amendsPlanId();
    try {
      const result = await this.api.confirm({
        header: { ...this.header(), symbol: this.header().symbol.trim(), title: this.header().title.trim() },
        grid: this.currentGrid(preview),
        sourceSha256: preview.sourceSha256,
        choices: choicesToSend(
          this.choicesValue(),
          this.catalogValue(),
          preview.unresolvedNames.map((name) => name.name),
        ),
        ...(amendsPlanId ? { amendsPlanId } : {}),
      });
      return result.planId;
    } catch (error) {
      this.refusalValue.set(refusalOf(toApiFailure(error)));
      return null;
    } finally {
      this.phaseValue.set('preview');
    }
  }

  /** Back to choosing a document: what was read is dropped. */
  restart(): void {
    this.previewValue.set(null);
    this.rowsValue.set([]);
    this.refusalValue.set(null);
    this.dirtyValue.set(false);
    this.choicesValue.set({});
    this.phaseValue.set('choose');
  }

  /** The grid as read while nothing changed; the corrected rows written as a table once they did. */
  private currentGrid(preview: PlanPreview) {
    if (!this.dirtyValue()) return preview.grid;
    return rowsToGrid(preview, this.rowsValue(), this.extraHeadersValue(), preview.grid.textBefore);
  }

  private change(update: (rows: readonly EditableRow[]) => EditableRow[]): void {
    this.rowsValue.update(update);
    this.dirtyValue.set(true);
  }

  private async read(ask: () => Promise<PlanPreview>): Promise<void> {
    if (this.busy()) return;
    const before = this.phaseValue();
    this.phaseValue.set('reading');
    this.refusalValue.set(null);
    try {
      const preview = await ask();
      this.accept(preview, before === 'choose');
      this.phaseValue.set('preview');
    } catch (error) {
      this.refusalValue.set(refusalOf(toApiFailure(error)));
      this.phaseValue.set(before);
    }
  }

  private accept(preview: PlanPreview, first: boolean): void {
    const extraHeaders = extraHeadersOf(preview.rows);
    this.previewValue.set(preview);
    this.extraHeadersValue.set(extraHeaders);
    this.rowsValue.set(editableRows(preview, extraHeaders));
    this.dirtyValue.set(false);
    // The person's header corrections survive a re-read; a new document brings its own.
    if (first) this.header.set({ ...preview.header });
    else if (!this.header().title)
      this.header.update((header) => ({ ...header, title: preview.header.title }));
  }
}
