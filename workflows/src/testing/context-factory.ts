import { initialContext } from '../lib/context';
import type { ActorFacts, ConsultationOpinion, MachineEvent, WorkflowContext } from '../lib/types';

/** Small builders for unit tests of guards and context updates. */

export function contextWith(overrides: Partial<WorkflowContext> = {}): WorkflowContext {
  return { ...initialContext(), ...overrides };
}

export function opinionOf(unitId: string, noOpinion = false): ConsultationOpinion {
  return {
    unitId,
    opinion: noOpinion ? 'Không có ý kiến' : 'Đồng ý',
    noOpinion,
    by: null,
    at: '2026-03-02T02:00:00Z',
  };
}

export function factsOf(overrides: Partial<ActorFacts> = {}): ActorFacts {
  return {
    userId: 'u-1',
    unitId: 'unit-1',
    roles: ['staff'],
    relations: ['lead'],
    sameWard: true,
    ...overrides,
  };
}

export function eventWith(overrides: Partial<MachineEvent> = {}): MachineEvent {
  return {
    type: 'COMMENT',
    actor: factsOf(),
    payload: {},
    comment: null,
    now: '2026-03-10T03:00:00Z',
    mode: 'decide',
    consultees: [],
    ...overrides,
  };
}
