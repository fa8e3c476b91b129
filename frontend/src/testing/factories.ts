import type {
  BoardDto,
  CardDto,
  CurrentUser,
  LeadershipBoardDto,
  PlanSummaryDto,
  TaskChangedMessage,
  TaskEventDto,
  TickerItemDto,
  TimelinessCounts,
  UnitBoardDto,
} from '@dondoc/contracts';

/** Small builders for test data: each spec states only the fields its case is about. */

export function aPlan(overrides: Partial<PlanSummaryDto> = {}): PlanSummaryDto {
  return {
    id: 'plan-158',
    wardId: 'ward-hd',
    reviewerUnitId: 'unit-vhxh',
    approverUnitId: 'unit-vp',
    symbol: '158/KH-UBND',
    title: 'Kế hoạch cải cách hành chính năm 2026',
    year: 2026,
    beforeDateInclusive: false,
    taskCount: 3,
    ...overrides,
  };
}

export function aCard(overrides: Partial<CardDto> = {}): CardDto {
  return {
    id: 'task-1',
    planId: 'plan-158',
    ref: '1',
    title: 'Ban hành Kế hoạch cải cách hành chính năm 2026',
    type: 'document',
    state: 'draft',
    column: 'draft',
    badge: null,
    context: {},
    machineVersion: 1,
    version: 1,
    sectionKey: 'I',
    leadUnitId: 'unit-vhxh',
    leadUnitCode: 'VHXH',
    cooperatorUnitIds: ['unit-vp'],
    cooperatorUnitCodes: ['VP'],
    deadlineText: 'Trước ngày 15/01/2026',
    due: '2026-01-15',
    timeliness: 'on_track',
    needsPrimaryLead: false,
    childCount: 0,
    childApprovedCount: 0,
    lastEventId: null,
    ...overrides,
  };
}

export function aBoard(overrides: Partial<BoardDto> = {}): BoardDto {
  return {
    plan: aPlan(),
    sections: [{ key: 'I', title: 'Chỉ đạo, điều hành' }],
    units: [
      { id: 'unit-vhxh', code: 'VHXH', name: 'Phòng Văn hoá – Xã hội' },
      { id: 'unit-vp', code: 'VP', name: 'Văn phòng HĐND&UBND' },
    ],
    columns: ['waiting', 'draft', 'returned', 'submitted', 'reviewed', 'approved', 'cancelled'],
    cards: [aCard()],
    cursor: '10',
    ...overrides,
  };
}

export function anEvent(overrides: Partial<TaskEventDto> = {}): TaskEventDto {
  return {
    id: '11',
    taskId: 'task-1',
    planId: 'plan-158',
    event: 'SUBMIT',
    fromState: 'draft',
    toState: 'submitted',
    version: 2,
    comment: null,
    payload: null,
    actor: { id: 'user-1', name: 'Nguyễn Văn A', unitCode: 'VHXH', role: 'staff' },
    at: '2026-01-10T02:00:00Z',
    ...overrides,
  };
}

/** A change of one card: the card and its event agree on id, plan and version unless told otherwise. */
export function aChange(card: Partial<CardDto> = {}, event: Partial<TaskEventDto> = {}): TaskChangedMessage {
  const changed = aCard({ state: 'submitted', column: 'submitted', version: 2, ...card });
  return {
    card: changed,
    event: anEvent({ taskId: changed.id, planId: changed.planId, version: changed.version, ...event }),
  };
}

export function aUser(overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    id: 'user-1',
    username: 'vhxh.chuyenvien',
    fullName: 'Nguyễn Văn A',
    roles: ['staff'],
    ward: { id: 'ward-hd', code: 'HD', name: 'Phường Hải Dương' },
    unit: { id: 'unit-vhxh', code: 'VHXH', name: 'Phòng Văn hoá – Xã hội' },
    ...overrides,
  };
}

export function someCounts(overrides: Partial<TimelinessCounts> = {}): TimelinessCounts {
  return {
    not_due: 0,
    on_track: 0,
    due_soon: 0,
    overdue: 0,
    done_on_time: 0,
    done_late: 0,
    cancelled: 0,
    ...overrides,
  };
}

export function aTickerItem(overrides: Partial<TickerItemDto> = {}): TickerItemDto {
  return {
    eventId: '10',
    taskId: 'task-1',
    planId: 'plan-158',
    ref: '1',
    title: 'Ban hành Kế hoạch cải cách hành chính năm 2026',
    event: 'SUBMIT',
    fromState: 'draft',
    toState: 'submitted',
    actorName: 'Nguyễn Văn A',
    unitCode: 'VHXH',
    at: '2026-01-10T02:00:00Z',
    ...overrides,
  };
}

export function aLeadershipBoard(overrides: Partial<LeadershipBoardDto> = {}): LeadershipBoardDto {
  return {
    ward: { id: 'ward-hd', code: 'HD', name: 'Phường Hải Dương' },
    asOf: '2026-01-12T01:00:00Z',
    totals: someCounts({ on_track: 3, overdue: 2, due_soon: 1 }),
    units: [
      {
        unit: { id: 'unit-vhxh', code: 'VHXH', name: 'Phòng Văn hoá – Xã hội' },
        counts: someCounts({ on_track: 2, overdue: 2 }),
      },
      {
        unit: { id: 'unit-vp', code: 'VP', name: 'Văn phòng HĐND&UBND' },
        counts: someCounts({ on_track: 1, due_soon: 1 }),
      },
    ],
    attention: [
      {
        taskId: 'task-4',
        planId: 'plan-158',
        ref: '4',
        title: 'Báo cáo kết quả cải cách hành chính quý I',
        leadUnitCode: 'VHXH',
        due: '2026-01-05',
        timeliness: 'overdue',
      },
    ],
    ticker: [aTickerItem()],
    ...overrides,
  };
}

type UnitCard = UnitBoardDto['groups'][number]['cards'][number];

export function aUnitCard(
  card: Partial<CardDto> = {},
  extra: Partial<Pick<UnitCard, 'relation' | 'planTitle'>> = {},
): UnitCard {
  return { ...aCard(card), relation: 'lead', planTitle: 'Kế hoạch cải cách hành chính năm 2026', ...extra };
}
