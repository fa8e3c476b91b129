import { TestBed } from '@angular/core/testing';
import type { DelegationDto, DelegationPersonDto, MyDelegationsDto } from '@dondoc/contracts';
import { aUser } from '../../../testing/factories';
import { Session } from '../../core/auth/session';
import { CollaborationApi } from './drawer/collaboration-api';
import { giversOf, StandIns } from './stand-ins';

const clerk = aUser({ id: 'user-clerk', unit: { id: 'unit-vp', code: 'VP', name: 'Văn phòng' } });

function aPerson(overrides: Partial<DelegationPersonDto> = {}): DelegationPersonDto {
  return {
    id: 'user-approver',
    username: 'hd.approver',
    fullName: 'Nguyễn Văn A',
    unitId: 'unit-vp',
    roles: ['approver'],
    ...overrides,
  };
}

function aDelegation(from: Partial<DelegationPersonDto> = {}, active = true): DelegationDto {
  return {
    id: `delegation-${from.id ?? 'user-approver'}-${active}`,
    from: aPerson(from),
    to: aPerson({ id: clerk.id, username: clerk.username, fullName: clerk.fullName, roles: ['staff'] }),
    startsOn: '2026-03-01',
    endsOn: '2026-03-08',
    createdAt: '2026-03-01T01:00:00.000Z',
    revokedAt: null,
    active,
  };
}

describe('giversOf', () => {
  it('keeps the people whose delegation is in force today, each once', () => {
    const received = [aDelegation(), aDelegation(), aDelegation({ id: 'user-head', fullName: 'Trần Thị B' })];
    expect(giversOf(clerk, received).map((giver) => giver.fullName)).toEqual(['Nguyễn Văn A', 'Trần Thị B']);
  });

  it.each([
    ['a delegation not in force (revoked, ended or not started yet)', aDelegation({}, false)],
    [
      'a giver who has since moved to another unit (the server refuses)',
      aDelegation({ unitId: 'unit-vhxh' }),
    ],
    ['a giver without a unit (the server refuses)', aDelegation({ unitId: null })],
    ['the user themselves (that is no stand-in)', aDelegation({ id: 'user-clerk' })],
  ])('leaves out %s', (_case, delegation) => {
    expect(giversOf(clerk, [delegation])).toEqual([]);
  });
});

describe('StandIns', () => {
  function setUp(myDelegations: () => Promise<MyDelegationsDto>) {
    TestBed.configureTestingModule({
      providers: [
        StandIns,
        { provide: CollaborationApi, useValue: { myDelegations: jest.fn(myDelegations) } },
      ],
    });
    TestBed.inject(Session).start('jwt', clerk);
    return TestBed.inject(StandIns);
  }

  it('holds nobody until the delegations are read, then those the user may act for', async () => {
    const standIns = setUp(async () => ({ given: [], received: [aDelegation()] }));
    expect(standIns.givers()).toEqual([]);
    await standIns.load();
    expect(standIns.givers()).toEqual([aPerson()]);
  });

  it('holds nobody when the read fails', async () => {
    const standIns = setUp(async () => {
      throw new Error('network');
    });
    await standIns.load();
    expect(standIns.givers()).toEqual([]);
  });

  it('keeps the same list when a new read says the same (no needless re-asking of every card)', async () => {
    const standIns = setUp(async () => ({ given: [], received: [aDelegation()] }));
    await standIns.load();
    const first = standIns.givers();
    await standIns.load();
    expect(standIns.givers()).toBe(first);
  });
});
