import type { UnitGroupSeed, UnitSeed } from '@dondoc/seed-data';
import { buildTasks } from './build-tasks';
import { readFrameworkTable } from './framework-table';
import { checkPlanInput } from './input-guard';
import { normalizePlanText } from './normalize-text';
import { checkNumbering } from './numbering-check';
import { readPlanMetadata } from './plan-metadata';
import type { RawTable } from './raw-task';
import { findTable } from './table-header';
import { readTsvTable } from './tsv-table';
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

function emptyResult(warning: ParseWarning, metadata: Partial<ParsedPlan> = {}): ParseResult {
  return { plan: { shape: 'unknown', sections: [], tasks: [], ...metadata }, warnings: [warning] };
}

function parse(text: string, options: ParseOptions): ParseResult {
  const refused = checkPlanInput(text);
  if (refused) return emptyResult(refused);

  const normalized = normalizePlanText(text);
  const lines = normalized.split('\n');
  const metadata = readPlanMetadata(normalized, options?.year);
  const table = findTable(lines);
  if (!table) {
    return emptyResult(
      {
        row: 0,
        code: 'no_table',
        message:
          'Không tìm thấy bảng nhiệm vụ: cần dòng tiêu đề bảng (TT/STT, Nội dung, Cơ quan chủ trì…) với các ô cách nhau bằng dấu Tab, hoặc khung nhiệm vụ có cột Mục tiêu – Nhiệm vụ – Hoạt động.',
      },
      metadata,
    );
  }

  const raw: RawTable =
    table.layout === 'tsv' ? readTsvTable(lines, table) : readFrameworkTable(lines, table);
  const resolver = resolverFor(options?.units ?? [], options?.groups ?? []);
  const built = buildTasks(raw.tasks, resolver);
  const warnings = [...raw.warnings, ...built.warnings, ...checkNumbering(built.tasks)];
  if (built.tasks.length === 0) {
    warnings.unshift({ row: 0, code: 'no_tasks', message: 'Bảng nhiệm vụ không có dòng nào đọc được.' });
  }
  warnings.sort((a, b) => a.row - b.row);
  return {
    plan: { shape: table.shape, sections: raw.sections, tasks: built.tasks, ...metadata },
    warnings: capWarnings(warnings),
  };
}

/**
 * Reads the task table of a ward plan pasted as text. Never throws: text that cannot be read
 * gives a result with no tasks and a warning that says why (empty, binary, too_large, no_table).
 */
export function parsePlanText(text: string, options: ParseOptions): ParseResult {
  try {
    return parse(text, options);
  } catch (error) {
    return emptyResult({
      row: 0,
      code: 'internal_error',
      message: 'Lỗi không mong đợi khi đọc kế hoạch; hãy gửi văn bản này cho quản trị viên.',
      subject: error instanceof Error ? error.message : String(error),
    });
  }
}
