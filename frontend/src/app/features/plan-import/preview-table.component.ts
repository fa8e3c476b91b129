import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LanguageService } from '../../core/i18n/language.service';
import { shownReading } from './deadline-reading';
import { canMergeWithNext, type EditableField, type EditableRow } from './edit-rows';
import { isSettled } from './name-choices';
import { PlanImportStore } from './plan-import.store';
import type { PreviewRow, RowProblem } from './plan-import.types';

/**
 * The rows to correct, grouped by section: every cell an input reached by Tab, the server's reading
 * of the deadline and the task type beside them, and each row's problems under it.
 */
@Component({
  selector: 'dd-preview-table',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './preview-table.component.html',
  styleUrl: './preview-table.component.css',
})
export class PreviewTableComponent {
  protected readonly store = inject(PlanImportStore);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);
  protected readonly shownReading = shownReading;

  protected edit(row: EditableRow, field: EditableField, event: Event): void {
    this.store.edit(row.id, field, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
  }

  protected canMerge(row: EditableRow): boolean {
    return canMergeWithNext(this.store.rows(), row.id);
  }

  protected cellLabel(field: string, row: EditableRow): string {
    return this.translate.instant('planImport.cellLabel', {
      field: this.translate.instant(`planImport.column.${field}`),
      number: row.number || '—',
    });
  }

  protected problemText(problem: RowProblem): string {
    if (this.language.language() === 'vi') return problem.message;
    return this.translate.instant(`planImport.problem.${problem.code}`, { subject: problem.subject ?? '' });
  }

  /** A problem the person's choices settle no longer stops the import. */
  protected answered(problem: RowProblem, row: PreviewRow): boolean {
    return isSettled(problem, row, this.store.choices());
  }
}
