import type { CategoryCounts, FiguresDto, ResultFileDto, RoundDto, RoundPartDto } from '@dondoc/contracts';

/* Data for the reports specs (plain data: the app build compiles every .ts under src/app). */

export const OFFICE_UNIT = 'unit-vp';
export const VHXH = 'unit-vhxh';
export const KTHT = 'unit-ktht';

export function counts(partial: Partial<CategoryCounts> = {}): CategoryCounts {
  const four = {
    completed_on_time: 0,
    completed_late: 0,
    in_progress_on_time: 0,
    in_progress_overdue: 0,
    cancelled: 0,
    ...partial,
  };
  const total =
    four.completed_on_time + four.completed_late + four.in_progress_on_time + four.in_progress_overdue;
  return { ...four, total };
}

export function aFigures(overrides: Partial<FiguresDto> = {}): FiguresDto {
  const vhxh = counts({ completed_on_time: 3, completed_late: 1, in_progress_overdue: 2 });
  const ktht = counts({ in_progress_on_time: 4, cancelled: 1 });
  return {
    asOf: '2026-03-14T16:59:59.999Z',
    today: '2026-03-14',
    period: {
      key: '2026-Q1',
      label: 'Quý I/2026',
      kind: 'quarterly',
      basis: 'nd09',
      year: 2026,
      index: 1,
      start: '2025-12-15',
      end: '2026-03-14',
      startsAt: '2025-12-14T17:00:00.000Z',
      cutOff: '2026-03-14T16:59:59.999Z',
    },
    overall: counts({
      completed_on_time: 3,
      completed_late: 1,
      in_progress_on_time: 4,
      in_progress_overdue: 2,
      cancelled: 1,
    }),
    byPlan: [],
    byUnit: [
      { unitId: VHXH, unitName: 'Phòng Văn hoá – Xã hội', counts: vhxh },
      { unitId: KTHT, unitName: 'Phòng Kinh tế, Hạ tầng và Đô thị', counts: ktht },
    ],
    bySection: [],
    byType: [],
    ...overrides,
  };
}

export function aResultFile(overrides: Partial<ResultFileDto> = {}): ResultFileDto {
  return {
    id: 'file-1',
    roundId: 'round-1',
    unitId: VHXH,
    taskId: 'task-1',
    name: 'Biên bản kiểm tra.pdf',
    size: 2048,
    mediaType: 'application/pdf',
    sha256: 'a'.repeat(64),
    uploadedAt: '2026-03-05T02:00:00.000Z',
    uploadedBy: { id: 'user-vhxh', name: 'Trần Thị Hoa' },
    ...overrides,
  };
}

export function aPart(overrides: Partial<RoundPartDto> = {}): RoundPartDto {
  return {
    unitId: VHXH,
    unitName: 'Phòng Văn hoá – Xã hội',
    state: 'asked',
    taskIds: ['task-1', 'task-2'],
    results: [],
    returnReason: null,
    returns: 0,
    submittedAt: null,
    acceptedAt: null,
    late: false,
    files: [],
    ...overrides,
  };
}

export function aRound(overrides: Partial<RoundDto> = {}): RoundDto {
  const parts = overrides.parts ?? [
    aPart(),
    aPart({ unitId: KTHT, unitName: 'Phòng KTHT&ĐT', taskIds: ['task-3'] }),
  ];
  return {
    id: 'round-1',
    planId: 'plan-158',
    planTitle: 'Kế hoạch CCHC năm 2026',
    periodKey: '2026-Q1',
    periodLabel: 'Quý I/2026',
    periodBasis: 'nd09',
    cutOff: '2026-03-14T16:59:59.999Z',
    sendBy: '2026-03-16',
    state: 'collecting',
    version: 3,
    figures: {
      units: parts.length,
      accepted: parts.filter((part) => part.state === 'accepted').length,
      acceptedOnTime: 0,
      acceptedLate: 0,
      awaitingDecision: 0,
      notHandedIn: 0,
      returns: 0,
      lateUnitIds: [],
      missingUnitIds: [],
    },
    createdAt: '2026-03-01T02:00:00.000Z',
    officeUnitId: OFFICE_UNIT,
    parts,
    compiledText: null,
    compiledAt: null,
    closedAt: null,
    missingUnitIds: [],
    tasks: [
      { id: 'task-1', ref: '1', content: 'Rà soát thủ tục hành chính', sectionKey: 'I', leadUnitId: VHXH },
      { id: 'task-2', ref: '2', content: 'Báo cáo kết quả CCHC quý', sectionKey: 'I', leadUnitId: VHXH },
      { id: 'task-3', ref: '3', content: 'Chỉnh trang đô thị', sectionKey: 'II', leadUnitId: KTHT },
    ],
    history: [],
    ...overrides,
  };
}
