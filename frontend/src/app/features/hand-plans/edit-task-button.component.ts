import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import type { TaskDetailDto, TransitionResponse } from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { Session } from '../../core/auth/session';
import { BoardStore } from '../board/board-store';
import { writesPlans } from './hand-plans-api';
import { TaskFormComponent } from './task-form.component';

const CLOSED = new Set(['approved', 'cancelled']);

/**
 * "Sửa nhiệm vụ" in the task drawer of a plan board, for those who write plans, while the task is
 * open; cancelling goes through the task's own move (Huỷ nhiệm vụ, with a reason).
 */
@Component({
  selector: 'dd-edit-task-button',
  imports: [TranslatePipe, TaskFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    button {
      min-height: 2.75rem;
    }
  `,
  template: `
    @if (shown(); as plan) {
      <button type="button" class="secondary" data-testid="edit-task" (click)="open.set(true)">
        {{ 'handPlans.task.edit' | translate }}
      </button>
      @if (open()) {
        <dd-task-form
          [plan]="plan"
          [units]="store!.units()"
          [sections]="store!.sections()"
          [task]="detail()"
          (saved)="edited($event)"
          (cancelled)="open.set(false)"
        />
      }
    }
  `,
})
export class EditTaskButtonComponent {
  readonly detail = input.required<TaskDetailDto>();
  readonly changed = output<void>();
  /** Only on a plan board: the unit board has no plan's units and sections to offer. */
  protected readonly store = inject(BoardStore, { optional: true });
  private readonly session = inject(Session);
  protected readonly open = signal(false);
  protected readonly shown = computed(() => {
    const plan = this.store?.plan();
    const task = this.detail();
    if (!plan || plan.id !== task.card.planId || CLOSED.has(task.card.column)) return null;
    return writesPlans(this.session.user()) ? plan : null;
  });

  protected edited(change: TransitionResponse): void {
    this.store?.applyChange(change);
    this.open.set(false);
    this.changed.emit();
  }
}
