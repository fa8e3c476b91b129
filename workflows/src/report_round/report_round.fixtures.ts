import type { RoundActor, RoundCommand, RoundSeed } from './report_round.types';

/* Test fixtures of report rounds: one plan's quarter, two lead units, Văn phòng. */

export const ROUND_UNITS = {
  office: 'unit-vp',
  ktht: 'unit-ktht',
  vhxh: 'unit-vhxh',
  leaders: 'unit-lanh-dao',
};

export const ROUND_SEED: RoundSeed = {
  planId: 'plan-158',
  periodKey: '2026-Q1',
  periodLabel: 'Quý I/2026',
  sendBy: '2026-03-16',
  officeUnitId: ROUND_UNITS.office,
  units: [
    { unitId: ROUND_UNITS.ktht, taskIds: ['task-1', 'task-2'] },
    { unitId: ROUND_UNITS.vhxh, taskIds: ['task-3'] },
  ],
};

const actor = (userId: string, unitId: string, roles: RoundActor['roles']): RoundActor => ({
  userId,
  unitId,
  roles,
});

export const ROUND_ACTORS = {
  officeStaff: actor('u-vp-staff', ROUND_UNITS.office, ['staff']),
  officeHead: actor('u-vp-head', ROUND_UNITS.office, ['unit_head']),
  kthtStaff: actor('u-ktht', ROUND_UNITS.ktht, ['staff']),
  vhxhHead: actor('u-vhxh', ROUND_UNITS.vhxh, ['unit_head']),
  leader: actor('u-leader', ROUND_UNITS.leaders, ['leader']),
} satisfies Record<string, RoundActor>;

/** Vietnam wall-clock time on a day of 2026, as a UTC instant. */
export const vnTime = (monthDay: string, time = '09:00') =>
  new Date(`2026-${monthDay}T${time}:00+07:00`).toISOString();

/** Every task of the unit with a written result. */
export function fullResults(unitId: string): RoundCommand {
  const unit = ROUND_SEED.units.find((candidate) => candidate.unitId === unitId);
  return {
    type: 'SUBMIT_PART',
    unitId,
    payload: {
      results: (unit?.taskIds ?? []).map((taskId) => ({
        taskId,
        result: `Đã hoàn thành ${taskId} trong quý`,
        fileRefs: [],
      })),
    },
  };
}
