import type { UnitGroupSeed, UnitSeed } from '@dondoc/seed-data';
import { buildTasks } from './build-tasks';
import { checkNumbering } from './numbering-check';
import type { PlanMetadata } from './plan-metadata';
import type { RawTable } from './raw-task';
import { attachRowProblems } from './row-problems';
import type { ParsedPlan, ParseOptions, ParseResult, ParseWarning } from './types';
import { createUnitResolver, type UnitResolver } from './unit-resolver';

/** Catalogs are long-lived (one per ward), so their folded index is built once per catalog. */
const resolvers = new WeakMap<object, WeakMap<object, UnitResolver>>();

function resolverFor(units: UnitSeed[], groups: UnitGroupSeed[]): UnitResolver {
  let byGroups = resolvers.get(units);
  if (!byGroups) resolvers.set(units, (byGroups = new WeakMap()));
  let resolver = byGroups.get(groups);
  if (!resolver) byGroups.set(groups, (resolver = createUnitResolver(units, groups)));
  return resolver;
}

/** Enough to act on; past this a person needs a cleaner text, not a longer list. */
export const MAX_WARNINGS = 500;

function capWarnings(warnings: ParseWarning[]): ParseWarning[] {
  if (warnings.length <= MAX_WARNINGS) return warnings;
  return [
    ...warnings.slice(0, MAX_WARNINGS),
    {
      row: 0,
      code: 'too_many_warnings',
      message: `Có ${warnings.length} cảnh báo; chỉ hiển thị ${MAX_WARNINGS} cảnh báo đầu. Văn bản có lẽ không phải bảng nhiệm vụ hoặc bị lỗi định dạng.`,
    },
  ];
}

export function emptyResult(warning: ParseWarning, metadata: Partial<ParsedPlan> = {}): ParseResult {
  return { plan: { shape: 'unknown', sections: [], tasks: [], ...metadata }, warnings: [warning] };
}

export function internalErrorResult(error: unknown): ParseResult {
  return emptyResult({
    row: 0,
    code: 'internal_error',
    message: 'Lỗi không mong đợi khi đọc kế hoạch; hãy gửi tệp hoặc văn bản này cho quản trị viên.',
    subject: error instanceof Error ? error.message : String(error),
  });
}

export const NO_TABLE_MESSAGE =
  'Không tìm thấy bảng nhiệm vụ: cần dòng tiêu đề bảng (TT/STT, Nội dung/Nhiệm vụ, Cơ quan chủ trì, Thời hạn…), hoặc khung nhiệm vụ có cột Mục tiêu – Nhiệm vụ – Hoạt động.';

/** Everything after the rows are read, the same for every format: units, flags, numbering, problems. */
export function assembleResult(
  raw: RawTable,
  shape: ParsedPlan['shape'],
  options: ParseOptions,
  metadata: PlanMetadata,
  extraWarnings: ParseWarning[] = [],
): ParseResult {
  const resolver = resolverFor(options?.units ?? [], options?.groups ?? []);
  const built = buildTasks(raw.tasks, resolver);
  const numbering = checkNumbering(built.tasks);
  const warnings = [...extraWarnings, ...raw.warnings, ...built.warnings, ...numbering];
  attachRowProblems(built.tasks, numbering, options?.year ?? metadata.year);
  if (built.tasks.length === 0) {
    warnings.unshift({ row: 0, code: 'no_tasks', message: 'Bảng nhiệm vụ không có dòng nào đọc được.' });
  }
  warnings.sort((a, b) => a.row - b.row);
  return {
    plan: { shape, sections: raw.sections, tasks: built.tasks, ...metadata },
    warnings: capWarnings(warnings),
  };
}
