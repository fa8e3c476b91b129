import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { formatDate } from '../../../core/format/dates';
import { readAsOfInput, vietnamToday } from './as-of-day';

let nextId = 0;

/**
 * "Xem tại ngày dd/mm/yyyy" for a board: a date field that asks for the board as it stood then,
 * and, while one is shown, the banner that says so (read-only) with the way back to live.
 */
@Component({
  selector: 'dd-as-of-control',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (day(); as shown) {
      <p class="banner" role="status" data-testid="as-of-banner">
        <span class="text">{{ 'asOf.banner' | translate: { date: formatDate(shown) } }}</span>
        <button type="button" class="secondary" data-testid="as-of-live" (click)="goLive()">
          {{ 'asOf.backToLive' | translate }}
        </button>
      </p>
    }
    <form class="picker no-print" data-testid="as-of-form" (submit)="submit($event)">
      <label [for]="fieldId">{{ 'asOf.label' | translate }}</label>
      <input
        [id]="fieldId"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        data-testid="as-of-input"
        [placeholder]="'asOf.placeholder' | translate"
        [attr.aria-describedby]="hintId"
        [attr.aria-invalid]="error() ? 'true' : null"
        [value]="text()"
        (input)="typed($event)"
      />
      <button type="submit" class="secondary" data-testid="as-of-show">{{ 'asOf.show' | translate }}</button>
      <span class="hint" [id]="hintId" [attr.role]="error() ? 'alert' : null" [class.error]="error()">
        {{ (error() ? 'asOf.' + error() : 'asOf.hint') | translate }}
      </span>
    </form>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
    }
    .banner {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin: 0;
      padding: 0.5rem 0.75rem;
      border: 1px solid #9a6700;
      border-left-width: 6px;
      border-radius: 8px;
      background: #fff8c5;
      color: #3b2300;
      font-weight: 600;
    }
    .picker {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
    }
    input {
      font: inherit;
      width: 8.5rem;
      padding: 0.4rem 0.5rem;
      border: 1px solid var(--dd-border-strong, #8c959f);
      border-radius: 6px;
    }
    input[aria-invalid='true'] {
      border-color: #cf222e;
    }
    .hint {
      flex-basis: 100%;
      font-size: 0.85rem;
      color: var(--dd-muted, #57606a);
    }
    .hint.error {
      color: #a40e26;
    }
    @media (max-width: 600px) {
      input,
      button {
        min-height: 44px;
      }
    }
    @media print {
      .banner button {
        display: none;
      }
    }
  `,
})
export class AsOfControlComponent {
  /** The day shown (ISO), or null for the live board. */
  readonly day = input<string | null>(null);
  /** A day asked for, or null to go back to live. */
  readonly changed = output<string | null>();

  protected readonly fieldId = `dd-as-of-${++nextId}`;
  protected readonly hintId = `${this.fieldId}-hint`;
  protected readonly text = signal('');
  protected readonly error = signal<'invalid' | 'future' | null>(null);
  protected readonly formatDate = formatDate;

  protected typed(event: Event): void {
    this.text.set((event.target as HTMLInputElement).value);
    this.error.set(null);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const answer = readAsOfInput(this.text(), vietnamToday());
    if ('error' in answer) {
      this.error.set(answer.error);
      return;
    }
    this.error.set(null);
    this.changed.emit(answer.day);
  }

  protected goLive(): void {
    this.text.set('');
    this.changed.emit(null);
  }
}
