import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { CurrentUser, TaskDetailDto } from '@dondoc/contracts';
import type { TaskType } from '@dondoc/domain';
import {
  ACTOR_PROFILES,
  columnOf,
  FIXTURE_WARD,
  SITUATIONS,
  taskIn,
  type ActorProfile,
  type WorkflowTask,
} from '@dondoc/workflows';
import { aCard, aPlan, aUser } from '../../../../testing/factories';
import { provideTestTranslations } from '../../../../testing/translate';
import { DondocApi } from '../../../core/api/dondoc-api';
import { Session } from '../../../core/auth/session';
import { PlansStore } from '../../plans/plans.store';
import { toWorkflowActor, toWorkflowTask } from '../workflow-task';
import { CollaborationApi } from './collaboration-api';
import { buttonActions, drawerActions, mayComment } from './drawer-actions';
import { TaskActionsComponent } from './task-actions.component';

const PLAN = aPlan({
  id: 'plan-1',
  wardId: FIXTURE_WARD,
  reviewerUnitId: ACTOR_PROFILES.reviewer.unitId,
  approverUnitId: ACTOR_PROFILES.approver.unitId,
});

function detailOf(task: WorkflowTask): TaskDetailDto {
  const card = aCard({
    id: 'task-1',
    planId: PLAN.id,
    ref: '7',
    type: task.type,
    state: task.state,
    column: columnOf(task.type, task.state),
    context: { ...task.context },
    machineVersion: task.machineVersion,
    version: 4,
    leadUnitId: task.leadUnitId,
    cooperatorUnitIds: task.cooperatorUnitIds,
    cooperatorUnitCodes: ['PVHCC'],
  });
  const base = { content: '', deliverable: '', budgetText: '', leadUnitIds: [], moves: [], history: [] };
  return { ...base, card, type: task.type, context: { ...task.context } };
}

function userOf(profile: ActorProfile): CurrentUser {
  const actor = ACTOR_PROFILES[profile];
  return aUser({
    id: actor.userId,
    roles: [...actor.roles],
    ward: { id: actor.wardId, code: 'W', name: 'Phường' },
    unit: actor.unitId ? { id: actor.unitId, code: 'U', name: 'Đơn vị' } : null,
  });
}

async function render(task: WorkflowTask, profile: ActorProfile, plansKnown = true) {
  const plans = signal<readonly (typeof PLAN)[] | null>(plansKnown ? [PLAN] : null);
  const load = jest.fn(async () => {
    plans.set([PLAN]);
    return [PLAN];
  });
  const transition = jest.fn().mockResolvedValue({ card: aCard({ id: 'task-1', version: 5 }) });
  TestBed.configureTestingModule({
    imports: [TaskActionsComponent],
    providers: [
      provideTestTranslations(),
      { provide: Session, useValue: { user: signal(userOf(profile)) } },
      { provide: PlansStore, useValue: { plans, load } },
      {
        provide: CollaborationApi,
        useValue: { myDelegations: jest.fn().mockResolvedValue({ given: [], received: [] }) },
      },
      { provide: DondocApi, useValue: { transition } },
    ],
  });
  const fixture = TestBed.createComponent(TaskActionsComponent);
  fixture.componentRef.setInput('detail', detailOf(task));
  await fixture.whenStable();
  fixture.detectChanges();
  return { fixture, element: fixture.nativeElement as HTMLElement, transition, load };
}

const offered = (element: HTMLElement) =>
  Array.from(element.querySelectorAll<HTMLButtonElement>('[data-testid="task-action"]')).map(
    (button) => button.dataset['event'],
  );

const PROFILES: ActorProfile[] = ['lead_staff', 'cooperator', 'reviewer', 'approver'];
const CASES = (Object.keys(SITUATIONS) as TaskType[]).flatMap((type) =>
  SITUATIONS[type].flatMap((situation) =>
    PROFILES.map((profile) => [type, situation.name, profile, situation] as const),
  ),
);

function situationOf(type: TaskType, name: string) {
  const found = SITUATIONS[type].find((situation) => situation.name === name);
  if (!found) throw new Error(`No situation '${name}' of ${type}`);
  return found;
}

function the<T extends Element>(element: HTMLElement, selector: string): T {
  const found = element.querySelector<T>(selector);
  if (!found) throw new Error(`Nothing matches ${selector}`);
  return found;
}

describe('TaskActionsComponent', () => {
  it.each(CASES)(
    '%s, %s, %s: draws exactly the actions drawerActions gives',
    async (type, _n, profile, s) => {
      const task = taskIn(type, s);
      const { element } = await render(task, profile);
      const card = detailOf(task).card;
      const expected = drawerActions(toWorkflowTask(card, PLAN), [
        { actor: toWorkflowActor(userOf(profile)) },
      ]);
      expect(offered(element)).toEqual(buttonActions(expected).map((action) => action.event));
      expect(element.querySelector('[data-testid="task-comments"]') !== null).toBe(mayComment(expected));
    },
  );

  it('asks a consulted unit for its opinion and sends it', async () => {
    const consultation = situationOf('legal_document', 'consultation');
    const { fixture, element, transition } = await render(
      taskIn('legal_document', consultation),
      'cooperator',
    );
    the<HTMLButtonElement>(element, '[data-event="GIVE_OPINION"]').click();
    fixture.detectChanges();
    const opinion = the<HTMLTextAreaElement>(element, '[data-testid="opinion-input"]');
    opinion.value = 'Thống nhất, đề nghị bổ sung căn cứ pháp lý';
    opinion.dispatchEvent(new Event('input'));
    the<HTMLButtonElement>(element, '[data-testid="dialog-confirm"]').click();
    await fixture.whenStable();
    expect(transition).toHaveBeenCalledWith('task-1', {
      event: 'GIVE_OPINION',
      expectedVersion: 4,
      payload: { opinion: 'Thống nhất, đề nghị bổ sung căn cứ pháp lý' },
    });
  });

  it('names the units a consultation asks before it starts', async () => {
    const draft = situationOf('legal_document', 'draft');
    const { fixture, element } = await render(taskIn('legal_document', draft), 'lead_staff');
    the<HTMLButtonElement>(element, '[data-event="START_CONSULTATION"]').click();
    fixture.detectChanges();
    expect(element.querySelector('[data-testid="consulted-units"]')?.textContent).toContain('PVHCC');
    expect(element.querySelector('[data-testid="deadline-input"]')).not.toBeNull();
  });

  it('reads the plans again when the store has forgotten them (a session renewed on reload)', async () => {
    const { fixture, element, load } = await render(
      taskIn('document', situationOf('document', 'draft')),
      'lead_staff',
      false,
    );
    await fixture.whenStable();
    fixture.detectChanges();
    expect(load).toHaveBeenCalled();
    expect(offered(element)).toContain('SUBMIT');
  });

  it('sends a step without a form at once', async () => {
    const answered = situationOf('legal_document', 'consultation, all answered');
    const { fixture, element, transition } = await render(taskIn('legal_document', answered), 'lead_staff');
    the<HTMLButtonElement>(element, '[data-event="CLOSE_CONSULTATION"]').click();
    await fixture.whenStable();
    expect(transition).toHaveBeenCalledWith('task-1', { event: 'CLOSE_CONSULTATION', expectedVersion: 4 });
  });
});
