import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { errorText } from '../../core/http/error-text';
import { LanguageService } from '../../core/i18n/language.service';
import { NoticeService } from '../../core/notify/notice.service';
import { planBoardUrl } from '../../routes.paths';
import { PlansStore } from '../plans/plans.store';
import { AmendmentDiffComponent } from './amendment-diff.component';
import { NameChoicesComponent } from './name-choices.component';
import { PlanImportStore } from './plan-import.store';
import { PreviewTableComponent } from './preview-table.component';

/** What the page accepts from a file picker; the server tells the type from the bytes anyway. */
const ACCEPTED = '.docx,.xlsx,.pdf,.txt,.tsv';
/** Warnings already shown on their rows are not listed again above the table. */
const ROW_WARNINGS = new Set(['unresolved_unit', 'no_lead', 'numbering_gap']);

/**
 * `/nhap-ke-hoach`: a plan document dropped, picked or pasted is read by the server into rows the
 * person corrects, maps its unknown names, and confirms; nothing is created before that.
 */
@Component({
  selector: 'dd-plan-import-page',
  imports: [TranslatePipe, FormsModule, PreviewTableComponent, NameChoicesComponent, AmendmentDiffComponent],
  providers: [PlanImportStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-import.page.html',
  styleUrl: './plan-import.page.css',
})
export class PlanImportPage {
  protected readonly store = inject(PlanImportStore);
  private readonly plansStore = inject(PlansStore);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);
  private readonly notices = inject(NoticeService);
  protected readonly accepted = ACCEPTED;
  protected readonly plans = computed(() => this.plansStore.plans() ?? []);
  protected dragging = false;
  protected pasted = '';

  /** The refusal in the user's language: a named reason has its own text, else the failure's. */
  protected readonly refusalText = computed(() => {
    const refusal = this.store.refusal();
    if (!refusal) return null;
    this.language.language();
    if (refusal.reason) return this.translate.instant(`planImport.refusal.${refusal.reason}`);
    return errorText(refusal.failure, this.language.language(), (key, params) =>
      this.translate.instant(key, params),
    );
  });

  protected readonly tableWarnings = computed(
    () => this.store.preview()?.warnings.filter((warning) => !ROW_WARNINGS.has(warning.code)) ?? [],
  );

  constructor() {
    void this.store.loadCatalog();
    void this.plansStore.load().catch(() => undefined);
  }

  protected warningText(warning: { code: string; message: string; subject?: string }): string {
    if (this.language.language() === 'vi') return warning.message;
    const key = `planImport.warning.${warning.code}`;
    const text = this.translate.instant(key, { subject: warning.subject ?? '' });
    return text === key ? this.translate.instant('planImport.warning.other') : text;
  }

  protected picked(input: HTMLInputElement): void {
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.store.readFile(file);
  }

  protected dragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging = true;
  }

  protected dropped(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files?.[0];
    if (file) void this.store.readFile(file);
  }

  /** A paste from Word or Excel brings its HTML table: read it at once; plain text waits for the button. */
  protected pastedIn(event: ClipboardEvent): void {
    const html = event.clipboardData?.getData('text/html') ?? '';
    if (!html.includes('<table') && !html.includes('<TABLE')) return;
    event.preventDefault();
    const text = event.clipboardData?.getData('text/plain') ?? '';
    void this.store.readPaste({ html, text });
  }

  protected readPastedText(): void {
    if (this.pasted.trim()) void this.store.readPaste({ text: this.pasted });
  }

  protected setAmends(planId: string): void {
    this.store.amendsPlanId.set(planId || null);
  }

  protected setHeader(field: 'title' | 'symbol', value: string): void {
    this.store.header.update((header) => ({ ...header, [field]: value }));
  }

  protected setYear(value: string): void {
    const year = Number(value);
    if (Number.isInteger(year)) this.store.header.update((header) => ({ ...header, year }));
  }

  protected async confirm(): Promise<void> {
    const planId = await this.store.confirm();
    if (!planId) return;
    this.plansStore.reset();
    this.notices.show('success', this.translate.instant('planImport.created'));
    await this.router.navigate(planBoardUrl(planId));
  }
}
