import { contextWith, opinionOf } from '../testing/context-factory';
import {
  allChildrenSettled,
  allConsulteesAnswered,
  consultationDeadlinePassed,
  extensionPending,
  noExtensionPending,
  opinionNotYetGiven,
  someChildApproved,
  spanEndReached,
} from './conditions';

const pending = { newDue: '2026-06-30', reason: 'r', requestedBy: 'u', requestedAt: '2026-03-01T00:00:00Z' };

describe('extension conditions', () => {
  it.each([
    [null, false],
    [pending, true],
  ])('pending %p → extensionPending %p', (pendingExtension, expected) => {
    const context = contextWith({ pendingExtension });
    expect(extensionPending(context)).toBe(expected);
    expect(noExtensionPending(context)).toBe(!expected);
  });
});

describe('consultation conditions', () => {
  it.each([
    [[], [], true],
    [['a', 'b'], [], false],
    [['a', 'b'], ['a'], false],
    [['a', 'b'], ['b', 'a'], true],
  ])('consultees %p answered by %p → all answered %p', (consultees, answered, expected) => {
    const context = contextWith({ consultees, opinions: answered.map((unitId) => opinionOf(unitId)) });
    expect(allConsulteesAnswered(context)).toBe(expected);
  });

  it('lets each unit answer once', () => {
    const context = contextWith({ consultees: ['a', 'b'], opinions: [opinionOf('a')] });
    expect(opinionNotYetGiven(context, 'a')).toBe(false);
    expect(opinionNotYetGiven(context, 'b')).toBe(true);
  });

  it.each([
    ['no deadline, no flag', null, {}, '2026-03-10T03:00:00Z', false],
    ['flag from the scheduler', null, { deadlinePassed: true }, '2026-03-10T03:00:00Z', true],
    ['flag that is not true', null, { deadlinePassed: 'yes' }, '2026-03-10T03:00:00Z', false],
    ['deadline day itself', '2026-03-10', {}, '2026-03-10T16:59:00Z', false],
    ['day after, Vietnam time', '2026-03-10', {}, '2026-03-10T17:00:00Z', true],
    ['unreadable clock', '2026-03-10', {}, 'soon', false],
  ])('%s', (_name, consultationDeadline, payload, now, expected) => {
    expect(consultationDeadlinePassed(contextWith({ consultationDeadline }), payload, now)).toBe(expected);
  });
});

describe('spanEndReached', () => {
  it.each([
    [null, 'quarter', '2026-03-10T03:00:00Z', true],
    ['2026-12-31', 'quarter', '2026-09-30T03:00:00Z', false],
    ['2026-12-31', 'quarter', '2026-10-01T03:00:00Z', true],
    ['2026-12-31', 'month', '2026-11-30T03:00:00Z', false],
    ['2026-12-31', 'year', '2026-01-01T03:00:00Z', true],
    ['2026-12-31', 'quarter', 'garbage', false],
  ] as const)('span ending %p by %s, at %s → %p', (spanEnd, progressPeriod, now, expected) => {
    expect(spanEndReached(contextWith({ spanEnd, progressPeriod }), now)).toBe(expected);
  });
});

describe('children of a fan-out parent', () => {
  it.each([
    ['no tally: not a parent', undefined, false, false],
    ['no children at all', { total: 0, approved: 0, cancelled: 0 }, false, false],
    ['7 of 9 approved', { total: 9, approved: 7, cancelled: 0 }, false, true],
    ['7 approved, 2 cancelled', { total: 9, approved: 7, cancelled: 2 }, true, true],
    ['all cancelled', { total: 3, approved: 0, cancelled: 3 }, true, false],
    ['counts that overshoot', { total: 3, approved: 3, cancelled: 1 }, false, true],
  ])('%s → settled %p, some approved %p', (_name, children, settled, approved) => {
    expect(allChildrenSettled(children)).toBe(settled);
    expect(someChildApproved(children)).toBe(approved);
  });
});
