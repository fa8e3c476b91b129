import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * The inline "reason, then confirm" form of a round: returning a unit's part and cancelling the
 * round both ask for a reason before they are sent.
 */
@Component({
  selector: 'dd-reason-form',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="inline" (submit)="$event.preventDefault(); confirm()">
      <label>
        {{ 'reports.reason' | translate }}
        <input
          type="text"
          required
          [attr.data-testid]="inputTestId()"
          [value]="reason()"
          (input)="reason.set(value($event))"
        />
      </label>
      <button
        type="submit"
        [class]="tone()"
        [disabled]="busy() || reason().trim() === ''"
        [attr.data-testid]="confirmTestId()"
      >
        {{ confirmLabel() | translate }}
      </button>
    </form>
  `,
  styleUrl: './reports.css',
})
export class ReasonFormComponent {
  readonly confirmLabel = input.required<string>();
  readonly inputTestId = input.required<string>();
  readonly confirmTestId = input.required<string>();
  readonly tone = input<'secondary' | 'danger'>('secondary');
  readonly busy = input(false);
  readonly confirmed = output<string>();
  protected readonly reason = signal('');

  protected confirm(): void {
    if (this.reason().trim() !== '') this.confirmed.emit(this.reason());
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
