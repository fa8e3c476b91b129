/* Test helpers shared by the specs; not part of the public API. */
import { DEMO_WARDS, readSeedPlanText, type WardSeed } from '@dondoc/seed-data';
import { parsePlanText } from './parse-plan-text';
import type { ParsedTask, ParseResult } from './types';

export function seedWard(code: 'HD' | 'NC' | 'BHL'): WardSeed {
  const ward = DEMO_WARDS.find((candidate) => candidate.code === code);
  if (!ward) throw new Error(`no seed ward ${code}`);
  return ward;
}

export function seedText(code: 'HD' | 'NC' | 'BHL'): string {
  return readSeedPlanText(seedWard(code).plans[0].file);
}

export function parseWithWard(text: string, code: 'HD' | 'NC' | 'BHL'): ParseResult {
  const ward = seedWard(code);
  return parsePlanText(text, { units: ward.units, groups: ward.groups });
}

export function parseSeed(code: 'HD' | 'NC' | 'BHL'): ParseResult {
  return parseWithWard(seedText(code), code);
}

/** "VP + [Các phòng, đơn vị chuyên môn]": unit codes, then group names in brackets. */
export function whoOf(codes: string[], groupNames: string[]): string {
  return [...codes, ...groupNames.map((name) => `[${name}]`)].join(' + ');
}

/** A task as one readable row: ref, lead, cooperators, deadline. */
export function rowOf(task: ParsedTask): [string, string, string, string] {
  return [
    task.ref,
    whoOf(task.leadUnitCodes, task.leadGroupNames),
    whoOf(task.cooperatorUnitCodes, task.cooperatorGroupNames),
    task.deadlineText,
  ];
}

export function taskByRef(result: ParseResult, ref: string): ParsedTask {
  const task = result.plan.tasks.find((candidate) => candidate.ref === ref);
  if (!task) throw new Error(`no task ${ref}`);
  return task;
}
