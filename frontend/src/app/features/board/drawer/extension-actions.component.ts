import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  OnInit,
  output,
  signal,
} from '@angular/core';
import type { DelegationDto, TaskDetailDto, TransitionRequest } from '@dondoc/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { DondocApi } from '../../../core/api/dondoc-api';
import { formatDate, parseDisplayDate } from '../../../core/format/dates';
import { CollaborationApi, refusalMessage } from './collaboration-api';

interface PendingExtension {
  newDue: string;
  reason: string;
}

/**
 * Extensions (gia hạn) do not move a card between columns, so they get buttons here: the lead asks
 * for a new date with a reason; the approver unit grants or refuses. A stand-in picks whom they act
 * for, and the server checks the delegation.
 */
@Component({
  selector: 'dd-extension-actions',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let task = detail();
    @if (task.card.plannedDue) {
      <p class="planned" data-testid="planned-due">
        {{ 'collab.plannedDue' | translate: { date: date(task.card.plannedDue) } }}
      </p>
    }
    @if (pending(); as request) {
      <p class="pending" data-testid="pending-extension">
        {{ 'collab.pendingExtension' | translate: { date: date(request.newDue), reason: request.reason } }}
      </p>
    }
    @if (canRequest() || canDecide() || (open() && standInFor().length > 0)) {
      <section data-testid="extension-actions">
        <h3>{{ 'collab.actionsTitle' | translate }}</h3>
        @if (standInFor().length > 0) {
          <label class="field">
            {{ 'collab.actingAs' | translate }}
            <select data-testid="acting-as" (change)="actingFor.set($any($event.target).value || null)">
              <option value="">{{ 'collab.myself' | translate }}</option>
              @for (delegation of standInFor(); track delegation.id) {
                <option [value]="delegation.from.id">
                  {{ 'collab.onBehalfOfOption' | translate: { name: delegation.from.fullName } }}
                </option>
              }
            </select>
          </label>
        }
        @if (canRequest()) {
          <form class="row" (submit)="$event.preventDefault(); request()">
            <label class="field">
              {{ 'collab.newDue' | translate }}
              <input
                data-testid="extension-date"
                [value]="newDue()"
                (input)="newDue.set($any($event.target).value)"
              />
            </label>
            <label class="field grow">
              {{ 'collab.reason' | translate }}
              <input
                data-testid="extension-reason"
                [value]="reason()"
                (input)="reason.set($any($event.target).value)"
              />
            </label>
            <button type="submit" data-testid="extension-request" [disabled]="busy()">
              {{ 'collab.requestExtension' | translate }}
            </button>
          </form>
        }
        @if (canDecide()) {
          <div class="row">
            <button type="button" data-testid="extension-grant" [disabled]="busy()" (click)="grant()">
              {{ 'collab.grant' | translate }}
            </button>
            <label class="field grow">
              {{ 'collab.refuseReason' | translate }}
              <input
                data-testid="refusal-reason"
                [value]="reason()"
                (input)="reason.set($any($event.target).value)"
              />
            </label>
            <button type="button" data-testid="extension-refuse" [disabled]="busy()" (click)="refuse()">
              {{ 'collab.refuse' | translate }}
            </button>
          </div>
        }
        @if (problem()) {
          <p class="problem" role="alert">{{ problem() }}</p>
        }
      </section>
    }
  `,
  styles: `
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: flex-end;
      margin-bottom: 0.5rem;
    }
    .field {
      display: grid;
      gap: 0.2rem;
      font-size: 0.8rem;
    }
    .grow {
      flex: 1 1 10rem;
    }
    .planned,
    .pending {
      font-size: 0.85rem;
      margin: 0 0 0.4rem;
    }
    .problem {
      color: var(--dd-warning-text);
      margin: 0;
    }
  `,
})
export class ExtensionActionsComponent implements OnInit {
  readonly detail = input.required<TaskDetailDto>();
  /** A move was made: the drawer reads the task again. */
  readonly changed = output<void>();

  protected readonly newDue = signal('');
  protected readonly reason = signal('');
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  /** The user whose rights this user uses now (a delegation they hold), or null for their own. */
  protected readonly actingFor = signal<string | null>(null);
  protected readonly standInFor = signal<DelegationDto[]>([]);
  protected readonly date = formatDate;

  protected readonly pending = computed(
    () => (this.detail().context['pendingExtension'] as PendingExtension | null | undefined) ?? null,
  );
  private readonly moveEvents = computed(() => new Set(this.detail().moves.map((move) => move.event)));
  /** As oneself the server's list of moves decides; as a stand-in the server checks on sending. */
  protected readonly canRequest = computed(
    () =>
      this.pending() === null &&
      (this.moveEvents().has('REQUEST_EXTENSION') || (this.actingFor() !== null && this.open())),
  );
  protected readonly canDecide = computed(
    () => this.pending() !== null && (this.moveEvents().has('GRANT_EXTENSION') || this.actingFor() !== null),
  );
  protected readonly open = computed(() => !['approved', 'cancelled'].includes(this.detail().card.column));

  private readonly api = inject(DondocApi);
  private readonly collaboration = inject(CollaborationApi);
  private readonly translate = inject(TranslateService);

  ngOnInit(): void {
    void this.loadDelegations();
  }

  protected request(): void {
    const newDue = parseDisplayDate(this.newDue());
    if (newDue === null) {
      this.problem.set(this.translate.instant('collab.badDate') as string);
      return;
    }
    void this.send({ event: 'REQUEST_EXTENSION', payload: { newDue, reason: this.reason().trim() } });
  }

  protected grant(): void {
    void this.send({ event: 'GRANT_EXTENSION' });
  }

  protected refuse(): void {
    void this.send({ event: 'REFUSE_EXTENSION', payload: { reason: this.reason().trim() } });
  }

  private async send(move: Pick<TransitionRequest, 'event' | 'payload'>): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    const onBehalfOf = this.actingFor();
    try {
      await this.api.transition(this.detail().card.id, {
        ...move,
        expectedVersion: this.detail().card.version,
        ...(onBehalfOf ? { onBehalfOf } : {}),
      });
      this.newDue.set('');
      this.reason.set('');
      this.changed.emit();
    } catch (error) {
      const reason = refusalMessage(error) ?? String(error);
      this.problem.set(this.translate.instant('collab.failed', { reason }) as string);
    } finally {
      this.busy.set(false);
    }
  }

  private async loadDelegations(): Promise<void> {
    try {
      const mine = await this.collaboration.myDelegations();
      this.standInFor.set(mine.received.filter((delegation) => delegation.active));
    } catch {
      this.standInFor.set([]);
    }
  }
}
