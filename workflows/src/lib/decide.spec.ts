import {
  acceptedAs,
  ACTOR_PROFILES,
  decideAs,
  FIXTURE_NOW,
  fixtureTask,
  validCommand,
} from '../testing/scenarios';
import { decide } from './decide';
import type { WorkflowCommand } from './types';

const draft = () => fixtureTask('document');

describe('decide: the order of checks', () => {
  it.each([
    [
      'an event the state does not declare, from a stranger',
      'approved',
      'outsider',
      'SUBMIT',
      {},
      'EVENT_NOT_ACCEPTED',
    ],
    [
      'a declared event from the wrong actor with a bad payload',
      'draft',
      'reviewer',
      'SUBMIT',
      { deliverableRef: '' },
      'FORBIDDEN',
    ],
    [
      'the right actor with a bad payload',
      'draft',
      'lead_staff',
      'SUBMIT',
      { deliverableRef: '' },
      'INVALID_PAYLOAD',
    ],
    [
      'another ward, even for an undeclared event',
      'approved',
      'foreign_all_roles',
      'SUBMIT',
      {},
      'FORBIDDEN',
    ],
  ] as const)('%s → %s', (_name, state, profile, event, payload, code) => {
    const task = state === 'draft' ? draft() : { ...draft(), state };
    expect(decideAs(task, profile, event, { payload })).toMatchObject({ ok: false, code });
  });

  it('explains a refused state transition with Vietnamese labels', () => {
    expect(decideAs({ ...draft(), state: 'reviewed' }, 'lead_staff', 'SUBMIT')).toEqual({
      ok: false,
      code: 'EVENT_NOT_ACCEPTED',
      reason: 'Nhiệm vụ đang ở trạng thái «Đã thẩm tra», không thể «Trình»',
    });
  });

  it('hides the task from another ward', () => {
    expect(decideAs(draft(), 'foreign_all_roles', 'COMMENT')).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'Bạn không thuộc phường (xã) của nhiệm vụ này',
    });
  });
});

describe('decide: rows it cannot read', () => {
  it.each([
    ['a newer machine version', { machineVersion: 2 }, 'UNSUPPORTED_MACHINE_VERSION'],
    ['an older version without migration', { machineVersion: 0 }, 'UNSUPPORTED_MACHINE_VERSION'],
    ['a state of another type', { state: 'consultation' }, 'UNKNOWN_STATE'],
    [
      'a compound state without its sub-state',
      { type: 'legal_document', state: 'submitted' },
      'UNKNOWN_STATE',
    ],
    ['an unknown type', { type: 'memo' }, 'UNKNOWN_STATE'],
  ] as const)('refuses %s with %s', (_name, overrides, code) => {
    const task = { ...draft(), ...overrides } as never;
    expect(decide(task, ACTOR_PROFILES.lead_staff, validCommand('SUBMIT'), FIXTURE_NOW)).toMatchObject({
      ok: false,
      code,
    });
  });

  it('fills context fields missing from an older row instead of tripping over them', () => {
    const task = { ...draft(), context: { deliverableRef: null } as never };
    expect(decideAs(task, 'lead_staff', 'SUBMIT')).toMatchObject({ ok: true, state: 'submitted' });
  });
});

describe('decide: commands from untrusted clients', () => {
  it.each<[string, WorkflowCommand]>([
    ['an unknown event type', { type: 'PUBLISH' as never }],
    ['a lower-case event type', { type: 'submit' as never }],
  ])('does not accept %s', (_name, command) => {
    expect(decide(draft(), ACTOR_PROFILES.lead_staff, command, FIXTURE_NOW)).toMatchObject({
      ok: false,
      code: 'EVENT_NOT_ACCEPTED',
    });
  });

  it.each([null, undefined, 'SUBMIT'])('does not accept a command that is %p', (command) => {
    expect(decide(draft(), ACTOR_PROFILES.lead_staff, command as never, FIXTURE_NOW)).toMatchObject({
      ok: false,
      code: 'EVENT_NOT_ACCEPTED',
    });
  });

  it.each([null, 'att-1', ['att-1'], 42])('reads payload %p as empty', (payload) => {
    const command = { type: 'SUBMIT', payload } as never;
    expect(decide(draft(), ACTOR_PROFILES.lead_staff, command, FIXTURE_NOW)).toMatchObject({
      ok: false,
      code: 'INVALID_PAYLOAD',
    });
  });
});

describe('decide: extensions and comments', () => {
  it('keeps the state while an extension is requested, granted and recorded', () => {
    const requested = acceptedAs(draft(), 'lead_staff', 'REQUEST_EXTENSION');
    expect(requested.state).toBe('draft');
    expect(requested.context.pendingExtension).toMatchObject({
      newDue: '2026-06-30',
      requestedBy: 'u-lead-staff',
    });
    expect(decideAs(requested, 'lead_head', 'REQUEST_EXTENSION')).toMatchObject({
      code: 'EVENT_NOT_ACCEPTED',
    });
    expect(decideAs(requested, 'lead_staff', 'GRANT_EXTENSION')).toMatchObject({ code: 'FORBIDDEN' });
    const granted = acceptedAs(requested, 'approver', 'GRANT_EXTENSION');
    expect(granted).toMatchObject({
      state: 'draft',
      context: { dueOverride: '2026-06-30', pendingExtension: null, extensions: [{ outcome: 'granted' }] },
    });
    expect(decideAs(granted, 'approver', 'REFUSE_EXTENSION')).toEqual({
      ok: false,
      code: 'EVENT_NOT_ACCEPTED',
      reason: 'Không có đề nghị gia hạn nào đang chờ xử lý',
    });
  });

  it('does not take extension requests on final tasks', () => {
    const cancelled = acceptedAs(draft(), 'approver', 'CANCEL');
    expect(decideAs(cancelled, 'lead_staff', 'REQUEST_EXTENSION')).toMatchObject({
      code: 'EVENT_NOT_ACCEPTED',
    });
  });

  it('accepts a comment without changing anything, and refuses an empty one', () => {
    const task = draft();
    expect(decideAs(task, 'leader', 'COMMENT', { comment: 'Đề nghị khẩn trương' })).toEqual({
      ok: true,
      state: 'draft',
      context: task.context,
      column: 'draft',
      machineVersion: 1,
      badge: null,
      recordedPayload: {},
    });
    expect(decideAs(task, 'leader', 'COMMENT', { comment: '  ' })).toEqual({
      ok: false,
      code: 'INVALID_PAYLOAD',
      reason: 'Bình luận không được để trống',
    });
  });
});
