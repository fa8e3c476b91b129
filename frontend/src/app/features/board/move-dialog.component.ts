import { CdkTrapFocus } from '@angular/cdk/a11y';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { TransitionRequest } from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/i18n/language.service';
import { namesOf } from './board-move';
import { DeliverableUploadComponent } from './deliverables/deliverable-upload.component';
import { buildTransitionRequest, fieldsFor, type FieldError, type MoveField } from './move-form';
import type { PendingMove } from './move-runner';
import { eventLabel } from './workflow-labels';

const ERROR_KEYS: Record<FieldError, string> = {
  required: 'dialog.required',
  invalidDate: 'dialog.invalidDate',
  invalidNumber: 'dialog.invalidNumber',
  invalidPercent: 'dialog.invalidPercent',
};

/**
 * Asks for what a move needs (a reason, a deliverable, the issued document…) before it is sent;
 * its title says whom a stand-in's move is made for.
 */
@Component({
  selector: 'dd-move-dialog',
  imports: [TranslatePipe, CdkTrapFocus, DeliverableUploadComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // On the dialog itself, not the document: a dialog opened from the drawer closes alone.
  host: { '(keydown.escape)': 'close($event)' },
  template: `
    @let move = pending().move;
    @let card = pending().card;
    @let column = 'columns.' + move.to | translate;
    @let target = actingFor() ? ('move.columnOnBehalfOf' | translate: { column, name: actingFor() }) : column;
    <div class="backdrop" (click)="cancelled.emit()" aria-hidden="true"></div>
    <form
      #form
      cdkTrapFocus
      [cdkTrapFocusAutoCapture]="true"
      class="dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby="dd-move-dialog-title"
      data-testid="move-dialog"
      novalidate
      (submit)="submit($event)"
    >
      @if (pending().bulk; as bulk) {
        <h2 id="dd-move-dialog-title">
          {{ 'dialog.bulkTitle' | translate: { count: bulk.cards.length, column: target } }}
        </h2>
        <p class="task">{{ bulkRefs() }}</p>
      } @else if (step(); as event) {
        <h2 id="dd-move-dialog-title">
          @if (actingFor()) {
            {{ 'dialog.stepOnBehalfOf' | translate: { event, ref: card.ref, name: actingFor() } }}
          } @else {
            {{ 'dialog.stepTitle' | translate: { event, ref: card.ref } }}
          }
        </h2>
        <p class="task">{{ card.title }}</p>
      } @else {
        <h2 id="dd-move-dialog-title">
          {{ 'dialog.title' | translate: { ref: card.ref, column: target } }}
        </h2>
        <p class="task">{{ card.title }}</p>
      }
      @if (move.needs.includes('consultation')) {
        <p class="consulted" data-testid="consulted-units">
          @if (card.cooperatorUnitCodes.length > 0) {
            {{ 'dialog.consulted' | translate: { units: card.cooperatorUnitCodes.join(', ') } }}
          } @else {
            {{ 'dialog.noneConsulted' | translate }}
          }
        </p>
      }

      @for (field of fields(); track field.key) {
        @let error = errors()[field.key];
        <label class="field" [for]="inputId(field)">
          <span class="label">
            {{ 'dialog.fields.' + field.key | translate }}
            @if (field.required) {
              <span class="required" aria-hidden="true">*</span>
            }
          </span>
          @if (field.kind === 'longText') {
            <textarea
              rows="3"
              [id]="inputId(field)"
              [attr.data-testid]="testId(field)"
              [attr.aria-invalid]="error ? true : null"
              [attr.aria-describedby]="error ? inputId(field) + '-error' : null"
              [required]="field.required"
              [value]="values()[field.key] ?? ''"
              (input)="setValue(field, $event)"
            ></textarea>
          } @else {
            <input
              [type]="'text'"
              [attr.inputmode]="field.kind === 'number' || field.kind === 'percent' ? 'decimal' : null"
              [attr.placeholder]="field.kind === 'date' ? ('dialog.datePlaceholder' | translate) : null"
              [id]="inputId(field)"
              [attr.data-testid]="testId(field)"
              [attr.aria-invalid]="error ? true : null"
              [attr.aria-describedby]="error ? inputId(field) + '-error' : null"
              [required]="field.required"
              [value]="values()[field.key] ?? ''"
              (input)="setValue(field, $event)"
            />
          }
          @if (error) {
            <span class="error" [id]="inputId(field) + '-error'">{{ errorKey(error) | translate }}</span>
          }
        </label>
      }

      @if (takesFiles()) {
        <dd-deliverable-upload [taskId]="card.id" />
      }

      <div class="buttons">
        <button type="button" class="secondary" data-testid="dialog-cancel" (click)="cancelled.emit()">
          {{ 'dialog.cancel' | translate }}
        </button>
        <button type="submit" class="primary" data-testid="dialog-confirm">
          {{ 'dialog.confirm' | translate }}
        </button>
      </div>
    </form>
  `,
  styleUrl: './move-dialog.component.css',
})
export class MoveDialogComponent {
  readonly pending = input.required<PendingMove>();
  readonly confirmed = output<TransitionRequest>();
  readonly cancelled = output<void>();

  protected readonly fields = computed(() => fieldsFor(this.pending().move));
  /** Whom the move is made for, when a stand-in makes it (a bulk move may name several); else ''. */
  protected readonly actingFor = computed(() => {
    const { move, bulk } = this.pending();
    return namesOf(bulk ? bulk.target.onBehalfOf : move.onBehalfOf ? [move.onBehalfOf] : []);
  });
  protected readonly bulkRefs = computed(() =>
    (this.pending().bulk?.cards ?? []).map((card) => card.ref).join(', '),
  );
  /** A step that keeps the card in its column is named by its event, not by a column. */
  protected readonly step = computed(() => {
    const { move, card, bulk } = this.pending();
    return bulk || move.to !== card.column ? null : eventLabel(move.event, this.language());
  });
  /** A submission hands in files: the dialog holds the upload, not only the reference. */
  protected readonly takesFiles = computed(
    () => !this.pending().bulk && this.fields().some((field) => field.key === 'deliverableRef'),
  );
  private readonly language = inject(LanguageService).language;
  protected readonly values = signal<Partial<Record<string, string>>>({});
  protected readonly errors = signal<Partial<Record<string, FieldError>>>({});
  private readonly form = viewChild.required<ElementRef<HTMLFormElement>>('form');

  constructor() {
    afterNextRender(() => this.form().nativeElement.querySelector<HTMLElement>('input, textarea')?.focus());
  }

  protected close(event: Event): void {
    event.stopPropagation();
    this.cancelled.emit();
  }

  protected inputId(field: MoveField): string {
    return `dd-move-field-${field.key}`;
  }

  /** Stable hooks for the end-to-end tests: the reason box is `reason-input`, others `<key>-input`. */
  protected testId(field: MoveField): string {
    return `${field.key}-input`;
  }

  protected errorKey(error: FieldError): string {
    return ERROR_KEYS[error];
  }

  protected setValue(field: MoveField, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.values.update((values) => ({ ...values, [field.key]: value }));
    if (this.errors()[field.key]) this.errors.update(({ [field.key]: _fixed, ...rest }) => rest);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const built = buildTransitionRequest(this.pending().card, this.pending().move, this.values());
    if (built.ok) {
      this.confirmed.emit(built.request);
      return;
    }
    this.errors.set(built.errors);
    const firstInvalid = this.fields().find((field) => built.errors[field.key]);
    if (firstInvalid)
      this.form()
        .nativeElement.querySelector<HTMLElement>(`#${this.inputId(firstInvalid)}`)
        ?.focus();
  }
}
