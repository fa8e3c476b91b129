import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { TaskDetailDto } from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { formatDate } from '../../../core/format/dates';

interface PendingExtension {
  newDue: string;
  reason: string;
}

/**
 * Where the task's deadline stands on extensions (gia hạn): the plan's own date once an extension
 * replaced it, and a request waiting for the approver. Asking, granting and refusing are actions
 * of the drawer's action list, like every other step.
 */
@Component({
  selector: 'dd-extension-status',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (detail().card.plannedDue; as planned) {
      <p class="note" data-testid="planned-due">
        {{ 'collab.plannedDue' | translate: { date: date(planned) } }}
      </p>
    }
    @if (pending(); as request) {
      <p class="note" data-testid="pending-extension">
        {{ 'collab.pendingExtension' | translate: { date: date(request.newDue), reason: request.reason } }}
      </p>
    }
  `,
  styles: `
    .note {
      font-size: 0.85rem;
      margin: 0 0 0.4rem;
    }
  `,
})
export class ExtensionStatusComponent {
  readonly detail = input.required<TaskDetailDto>();

  protected readonly date = formatDate;
  protected readonly pending = computed(
    () => (this.detail().context['pendingExtension'] as PendingExtension | null | undefined) ?? null,
  );
}
