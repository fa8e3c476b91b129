import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { TransitionResponse } from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { Session } from '../../core/auth/session';
import { BoardStore } from '../board/board-store';
import { writesPlans } from './hand-plans-api';
import { TaskFormComponent } from './task-form.component';

/** "Thêm nhiệm vụ" on a plan board, for those who write plans; the new card lands at once. */
@Component({
  selector: 'dd-add-task-button',
  imports: [TranslatePipe, TaskFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    button {
      min-height: 2.75rem;
    }
  `,
  template: `
    @if (shown(); as plan) {
      <button type="button" data-testid="add-task" (click)="open.set(true)">
        {{ 'handPlans.task.add' | translate }}
      </button>
      @if (open()) {
        <dd-task-form
          [plan]="plan"
          [units]="store.units()"
          [sections]="store.sections()"
          (saved)="added($event)"
          (cancelled)="open.set(false)"
        />
      }
    }
  `,
})
export class AddTaskButtonComponent {
  protected readonly store = inject(BoardStore);
  private readonly session = inject(Session);
  protected readonly open = signal(false);
  protected readonly shown = computed(() => (writesPlans(this.session.user()) ? this.store.plan() : null));

  protected added(change: TransitionResponse): void {
    this.store.applyChange(change);
    this.open.set(false);
  }
}
