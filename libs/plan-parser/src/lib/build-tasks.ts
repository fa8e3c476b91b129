import { deliverableKindOf } from './deliverable-kind';
import { stripHtml } from './html';
import type { RawTask } from './raw-task';
import type { GroupMembers, ParsedTask, ParseWarning, RowProblem, TaskFlag } from './types';
import type { CellResolution, ResolvedGroup, UnitResolver } from './unit-resolver';

/** A cell naming a thousand unknown bodies gets this many problems, then one that counts the rest. */
const MAX_NAME_PROBLEMS = 20;

function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Several groups in one cell merge: any "all" makes all, otherwise the union of members. */
function mergeGroups(groups: ResolvedGroup[]): GroupMembers | null {
  if (groups.length === 0) return null;
  if (groups.some((group) => group.members === 'all')) return 'all';
  return [...new Set(groups.flatMap((group) => group.members as string[]))];
}

function labelOf(task: RawTask): string {
  const kind = task.level === 'target' ? 'Chỉ tiêu' : task.level === 'activity' ? 'Hoạt động' : 'Nhiệm vụ';
  return task.number ? `${kind} ${task.number}` : kind;
}

class WarningSink {
  readonly warnings: ParseWarning[] = [];
  private readonly seen = new Set<string>();

  add(warning: ParseWarning): void {
    const key = `${warning.row}|${warning.code}|${warning.subject ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.warnings.push(warning);
  }
}

/** Hands out refs unique within the plan; a repeated number gets its section, then a counter. */
class RefAllocator {
  private readonly used = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();

  constructor(private readonly sink: WarningSink) {}

  allocate(task: RawTask): string {
    const base = task.refHint || task.number || `${task.level}@${task.sourceRow}`;
    if (!task.number && !task.part) {
      this.sink.add({
        row: task.sourceRow,
        code: 'missing_number',
        message: `Dòng ${task.sourceRow}: ${labelOf(task).toLowerCase()} không có số thứ tự; đã đặt mã tạm ${base}.`,
      });
    }
    let ref = base;
    if (this.used.has(ref)) {
      ref = task.sectionKey ? `${task.sectionKey}.${base}` : base;
      // The counter remembers where it stopped, so a plan of repeated numbers stays linear.
      let suffix = this.nextSuffix.get(base) ?? 2;
      while (this.used.has(ref)) ref = `${base}#${suffix++}`;
      this.nextSuffix.set(base, suffix);
      // Numbering that starts again in a new section is how many plans count; only a number
      // repeated within its section is a mistake to show.
      if (ref !== `${task.sectionKey}.${base}`) {
        this.sink.add({
          row: task.sourceRow,
          code: 'duplicate_number',
          message: `Dòng ${task.sourceRow}: số thứ tự ${base} đã dùng cho một việc khác; việc này mang mã ${ref}.`,
          subject: base,
        });
      }
    }
    this.used.add(ref);
    return ref;
  }
}

/** Turns raw rows into parsed tasks: cleans the text, resolves units, sets flags and warnings. */
export function buildTasks(
  raws: RawTask[],
  resolver: UnitResolver,
): { tasks: ParsedTask[]; warnings: ParseWarning[] } {
  const sink = new WarningSink();
  const refs = new RefAllocator(sink);
  const refOfNumber = new Map<string, string>();
  const tasks: ParsedTask[] = [];

  for (const raw of raws) {
    const flags = new Set<TaskFlag>();
    if (raw.continued) flags.add('continued_row');
    const clean = (text: string, tidy: (value: string) => string) => {
      const stripped = stripHtml(text);
      if (stripped.removed) flags.add('html_removed');
      return tidy(stripped.text);
    };
    const content = clean(raw.content, singleLine);
    const leadText = clean(raw.lead, tidyLines);
    const cooperatorText = clean(raw.cooperators, tidyLines);
    const deliverable = clean(raw.deliverable, tidyLines);
    const deadlineText = clean(raw.deadline, singleLine);
    const budgetText = clean(raw.budget, singleLine);
    const noteText = clean(raw.note, tidyLines);

    const lead = resolver.resolve(leadText);
    const cooperators = resolver.resolve(cooperatorText);
    const label = labelOf(raw);
    const problems: RowProblem[] = [];
    const reportUnresolved = (resolution: CellResolution, row: number, role: string) => {
      const field = role === 'chủ trì' ? 'lead' : 'cooperators';
      resolution.unresolved.forEach((name, index) => {
        if (index < MAX_NAME_PROBLEMS) {
          problems.push({
            code: 'unresolved_unit',
            field,
            subject: name,
            message: `Chưa nhận ra đơn vị ${role} «${name}»: chọn đơn vị, nhóm đơn vị hoặc ghi là cơ quan ngoài.`,
            suggestions: resolver.suggest(name),
          });
        } else if (index === MAX_NAME_PROBLEMS) {
          problems.push({
            code: 'unresolved_unit',
            field,
            message: `Còn ${resolution.unresolved.length - MAX_NAME_PROBLEMS} tên đơn vị ${role} khác chưa nhận ra trong ô này.`,
          });
        }
        flags.add('unresolved_unit');
        sink.add({
          row,
          code: 'unresolved_unit',
          message: `Dòng ${row}: không nhận ra đơn vị ${role} «${name}» (${label}); hãy chọn đơn vị đúng hoặc thêm tên này vào danh mục.`,
          subject: name,
        });
      });
    };
    reportUnresolved(lead, raw.leadRow, 'chủ trì');
    reportUnresolved(cooperators, raw.cooperatorRow, 'phối hợp');

    const leadCount = lead.unitCodes.length + lead.groups.length;
    if (leadCount === 0) {
      flags.add('no_lead');
      problems.push({
        code: 'no_lead',
        field: 'lead',
        message: leadText ? 'Chưa xác định được cơ quan chủ trì.' : 'Chưa ghi cơ quan chủ trì.',
      });
      sink.add({
        row: raw.leadRow,
        code: 'no_lead',
        message: leadText
          ? `Dòng ${raw.leadRow}: ${label} không xác định được cơ quan chủ trì.`
          : `Dòng ${raw.leadRow}: ${label} không ghi cơ quan chủ trì.`,
      });
    }
    if (leadCount > 1) {
      flags.add('several_leads');
      problems.push({
        code: 'several_leads',
        field: 'lead',
        subject: leadText,
        message: `Có ${leadCount} cơ quan chủ trì: chọn một đơn vị chủ trì chính, các đơn vị còn lại sẽ là phối hợp.`,
      });
    }

    const ref = refs.allocate(raw);
    // Parents come before their children, so the latest task with a number is the parent meant.
    if (raw.number) refOfNumber.set(raw.number, ref);
    tasks.push({
      ref,
      number: raw.number,
      sectionKey: raw.sectionKey,
      level: raw.level,
      parentRef: raw.parentNumber ? (refOfNumber.get(raw.parentNumber) ?? null) : null,
      content,
      leadText,
      cooperatorText,
      leadUnitCodes: lead.unitCodes,
      leadGroup: mergeGroups(lead.groups),
      leadGroupNames: lead.groups.map((group) => group.name),
      cooperatorUnitCodes: cooperators.unitCodes,
      cooperatorGroups: cooperators.groups.map((group) => group.members),
      cooperatorGroupNames: cooperators.groups.map((group) => group.name),
      deliverable,
      deliverableKind: deliverableKindOf(deliverable),
      deadlineText,
      budgetText,
      noteText,
      extraCells: raw.extraCells.map((cell) => ({ header: cell.header, text: clean(cell.text, tidyLines) })),
      flags: [...flags],
      problems,
      sourceRow: raw.sourceRow,
    });
  }
  return { tasks, warnings: sink.warnings };
}
