import { CdkTrapFocus } from '@angular/cdk/a11y';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  type OnInit,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  type BoardSectionDto,
  type CreateTaskRequest,
  type EditTaskRequest,
  isAdminEvent,
  type PlanSummaryDto,
  type TaskDetailDto,
  type TransitionResponse,
  type UnitDto,
} from '@dondoc/contracts';
import { TASK_TYPES, type TaskType } from '@dondoc/domain';
import { TranslatePipe } from '@ngx-translate/core';
import { injectFailureText } from '../admin/admin-failure';
import { readDeadlineText } from './deadline-reading';
import { HandPlansApi } from './hand-plans-api';

/** What the form holds; `type` empty means "let the server infer it". */
interface TaskDraft {
  content: string;
  sectionKey: string | null;
  leadUnitId: string;
  cooperatorUnitIds: string[];
  deliverable: string;
  deadlineText: string;
  type: TaskType | '';
}

/**
 * Adds a task to a plan, or corrects one (`task` given): content, section, lead, cooperators,
 * deliverable, deadline with its reading shown as it is typed, and the type while a draft.
 */
@Component({
  selector: 'dd-task-form',
  imports: [CdkTrapFocus, FormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown.escape)': '$event.stopPropagation(); cancelled.emit()' },
  styleUrl: './task-form.component.css',
  template: `
    <div class="backdrop" aria-hidden="true" (click)="cancelled.emit()"></div>
    <form
      class="dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby="dd-task-form-title"
      cdkTrapFocus
      [cdkTrapFocusAutoCapture]="true"
      data-testid="task-form"
      (ngSubmit)="save()"
    >
      <h2 id="dd-task-form-title">
        {{ (task() ? 'handPlans.task.editTitle' : 'handPlans.task.addTitle') | translate }}
      </h2>
      <label>
        {{ 'handPlans.task.content' | translate }}
        <textarea
          name="content"
          rows="3"
          required
          [(ngModel)]="draft.content"
          data-testid="task-content"
        ></textarea>
      </label>
      @if (sections().length > 0) {
        <label>
          {{ 'handPlans.task.section' | translate }}
          <select name="section" [(ngModel)]="draft.sectionKey">
            <option [ngValue]="null">{{ 'handPlans.task.noSection' | translate }}</option>
            @for (section of sections(); track section.key) {
              <option [ngValue]="section.key">{{ section.key }}. {{ section.title }}</option>
            }
          </select>
        </label>
      }
      <label>
        {{ 'handPlans.task.lead' | translate }}
        <select name="lead" required [(ngModel)]="draft.leadUnitId" data-testid="task-lead">
          @for (unit of units(); track unit.id) {
            <option [ngValue]="unit.id">{{ unit.code }} — {{ unit.name }}</option>
          }
        </select>
      </label>
      <fieldset>
        <legend>{{ 'handPlans.task.cooperators' | translate }}</legend>
        @for (unit of units(); track unit.id) {
          @if (unit.id !== draft.leadUnitId) {
            <label>
              <input
                type="checkbox"
                [name]="'coop-' + unit.code"
                [checked]="draft.cooperatorUnitIds.includes(unit.id)"
                (change)="toggleCooperator(unit.id)"
              />
              {{ unit.code }}
            </label>
          }
        }
      </fieldset>
      <label>
        {{ 'handPlans.task.deliverable' | translate }}
        <input name="deliverable" [(ngModel)]="draft.deliverable" data-testid="task-deliverable" />
      </label>
      <label>
        {{ 'handPlans.task.deadline' | translate }}
        <input
          name="deadline"
          required
          aria-describedby="dd-task-form-reading"
          [ngModel]="deadlineText()"
          (ngModelChange)="deadlineText.set($event)"
          data-testid="task-deadline"
        />
      </label>
      <p id="dd-task-form-reading" class="reading" aria-live="polite" data-testid="deadline-reading">
        {{ reading().key | translate: reading().params }}
      </p>
      @if (typeEditable()) {
        <label>
          {{ 'handPlans.task.type' | translate }}
          <select name="type" [(ngModel)]="draft.type">
            <option value="">{{ 'handPlans.task.typeInferred' | translate }}</option>
            @for (type of types; track type) {
              <option [value]="type">{{ 'taskTypes.' + type | translate }}</option>
            }
          </select>
        </label>
      }
      @if (failure(); as text) {
        <p class="failure" role="alert">{{ text }}</p>
      }
      <div class="actions">
        <button type="button" class="secondary" (click)="cancelled.emit()">
          {{ 'handPlans.task.cancel' | translate }}
        </button>
        <button type="submit" [disabled]="busy()" data-testid="task-form-save">
          {{ 'handPlans.task.save' | translate }}
        </button>
      </div>
    </form>
  `,
})
export class TaskFormComponent implements OnInit {
  /** The plan's year and its reading of "Trước ngày D", which the server saves the deadline by. */
  readonly plan = input.required<Pick<PlanSummaryDto, 'id' | 'year' | 'beforeDateInclusive'>>();
  readonly units = input.required<readonly UnitDto[]>();
  readonly sections = input<readonly BoardSectionDto[]>([]);
  /** The task to correct; absent when adding one. */
  readonly task = input<TaskDetailDto | null>(null);
  readonly saved = output<TransitionResponse>();
  readonly cancelled = output<void>();

  private readonly api = inject(HandPlansApi);
  private readonly failureText = injectFailureText();
  protected readonly types = TASK_TYPES;
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly deadlineText = signal('');
  protected draft: TaskDraft = {
    content: '',
    sectionKey: null,
    leadUnitId: '',
    cooperatorUnitIds: [],
    deliverable: '',
    deadlineText: '',
    type: '',
  };

  protected readonly reading = computed(() => readDeadlineText(this.deadlineText(), this.plan()));

  /** The type changes only while nothing but corrections happened to the task. */
  protected readonly typeEditable = computed(() => {
    const task = this.task();
    return !task || task.history.every((event) => isAdminEvent(event.event));
  });

  ngOnInit(): void {
    const task = this.task();
    if (task) {
      this.draft = {
        content: task.content,
        sectionKey: task.card.sectionKey,
        leadUnitId: task.card.leadUnitId ?? '',
        cooperatorUnitIds: [...task.card.cooperatorUnitIds],
        deliverable: task.deliverable,
        deadlineText: task.card.deadlineText,
        type: task.type,
      };
    } else {
      this.draft.leadUnitId = this.units()[0]?.id ?? '';
    }
    this.deadlineText.set(this.draft.deadlineText);
  }

  protected toggleCooperator(unitId: string): void {
    const chosen = this.draft.cooperatorUnitIds;
    this.draft.cooperatorUnitIds = chosen.includes(unitId)
      ? chosen.filter((id) => id !== unitId)
      : [...chosen, unitId];
  }

  protected async save(): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    const fields: CreateTaskRequest = {
      content: this.draft.content,
      sectionKey: this.draft.sectionKey,
      leadUnitId: this.draft.leadUnitId,
      cooperatorUnitIds: this.draft.cooperatorUnitIds.filter((id) => id !== this.draft.leadUnitId),
      deliverable: this.draft.deliverable,
      deadlineText: this.deadlineText(),
      ...(this.draft.type && this.typeEditable() ? { type: this.draft.type } : {}),
    };
    try {
      const task = this.task();
      this.saved.emit(
        task
          ? await this.api.editTask(task.card.id, changedFields(task, fields))
          : await this.api.addTask(this.plan().id, fields),
      );
    } catch (error) {
      this.failure.set(this.failureText(error));
    } finally {
      this.busy.set(false);
    }
  }
}

/** Only what the person changed, so the event records exactly that. */
function changedFields(task: TaskDetailDto, fields: CreateTaskRequest): EditTaskRequest {
  const edit: EditTaskRequest = { expectedVersion: task.card.version };
  if (fields.content !== task.content) edit.content = fields.content;
  if (fields.sectionKey !== task.card.sectionKey) edit.sectionKey = fields.sectionKey;
  if (fields.leadUnitId !== task.card.leadUnitId) edit.leadUnitId = fields.leadUnitId;
  if ([...fields.cooperatorUnitIds].sort().join() !== [...task.card.cooperatorUnitIds].sort().join())
    edit.cooperatorUnitIds = fields.cooperatorUnitIds;
  if (fields.deliverable !== task.deliverable) edit.deliverable = fields.deliverable;
  if (fields.deadlineText !== task.card.deadlineText) edit.deadlineText = fields.deadlineText;
  if (fields.type && fields.type !== task.type) edit.type = fields.type;
  return edit;
}
