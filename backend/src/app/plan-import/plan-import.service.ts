import { type Deadline, dueDates, parseDeadline } from '@dondoc/deadlines';
import { inferTaskType, type ParsedPlan, type ParsedTask, workflowSeedFor } from '@dondoc/plan-parser';
import { initialWorkflow } from '@dondoc/workflows';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { newId } from '../common/ids';
import { insertRows } from '../database/insert-rows';
import type { UnitEntity } from '../org/entities/unit.entity';
import { PlanSectionEntity } from '../task-model/entities/plan-section.entity';
import { PlanEntity } from '../task-model/entities/plan.entity';
import { TaskUnitEntity, type TaskUnitRole } from '../task-model/entities/task-unit.entity';
import { TaskEntity } from '../task-model/entities/task.entity';
import type { SectionDiff } from './section-diff';

export interface PlanHeader {
  symbol: string;
  title: string;
  issuedOn: string | null;
  issuer: string;
  legalBasis: string[];
  year: number;
  reviewerUnitId: string | null;
  approverUnitId: string | null;
  beforeDateInclusive?: boolean;
  /** SHA-256 of the document the plan was read from, kept by the import's store. */
  sourceSha256?: string | null;
}

export interface ImportedPlan {
  plan: PlanEntity;
  tasks: TaskEntity[];
}

/**
 * Turns a parsed plan into rows: sections, tasks with their parsed deadline, inferred type and
 * initial workflow state, lead and cooperating units. A task led by a unit group fans out into one
 * child task per member unit; a task with several named leads is flagged until a person picks one.
 * Runs inside the caller's transaction, so a plan is created whole or not at all.
 */
@Injectable()
export class PlanImportService {
  async importPlan(
    manager: EntityManager,
    wardId: string,
    header: PlanHeader,
    parsed: ParsedPlan,
    units: readonly UnitEntity[],
    now: string,
  ): Promise<ImportedPlan> {
    const plan = manager.create(PlanEntity, {
      id: newId(),
      wardId,
      symbol: header.symbol,
      title: header.title,
      issuedOn: header.issuedOn,
      issuer: header.issuer,
      legalBasis: header.legalBasis,
      year: header.year,
      reviewerUnitId: header.reviewerUnitId,
      approverUnitId: header.approverUnitId,
      beforeDateInclusive: header.beforeDateInclusive ?? false,
      sourceSha256: header.sourceSha256 ?? null,
      createdAt: now,
    });
    await manager.insert(PlanEntity, plan);
    await this.addSections(manager, plan, parsed.sections, []);
    const tasks = await this.addTasks(manager, plan, parsed.tasks, units, now);
    return { plan, tasks };
  }

  /** Sections of the plan's table the plan does not have yet, after the ones it has. */
  async addSections(
    manager: EntityManager,
    plan: PlanEntity,
    sections: readonly Pick<ParsedPlan['sections'][number], 'key' | 'title'>[],
    known: readonly Pick<PlanSectionEntity, 'key' | 'position'>[],
  ): Promise<number> {
    const knownKeys = new Set(known.map((section) => section.key));
    const start = known.reduce((last, section) => Math.max(last, section.position + 1), 0);
    const added = sections.filter((section) => !knownKeys.has(section.key));
    if (added.length === 0) return 0;
    await manager.insert(
      PlanSectionEntity,
      added.map((section, index) => ({
        id: newId(),
        wardId: plan.wardId,
        planId: plan.id,
        key: section.key,
        title: section.title,
        position: start + index,
      })),
    );
    return added.length;
  }

  /**
   * A revision's sections: titles it changed, then the sections it adds after the plan's last.
   * Runs in the revision's transaction.
   */
  async reviseSections(
    manager: EntityManager,
    plan: PlanEntity,
    diff: SectionDiff,
    known: readonly Pick<PlanSectionEntity, 'key' | 'position'>[],
  ): Promise<void> {
    for (const { key, after } of diff.renamed)
      await manager.update(PlanSectionEntity, { planId: plan.id, key }, { title: after });
    await this.addSections(manager, plan, diff.added, known);
  }

  /**
   * The rows of parsed tasks, with their unit links, placed after `firstPosition`; `idOfRef`
   * holds the tasks already in the plan, so a new sub-task finds a parent that stands.
   */
  async addTasks(
    manager: EntityManager,
    plan: PlanEntity,
    parsedTasks: readonly ParsedTask[],
    units: readonly UnitEntity[],
    now: string,
    placement: { firstPosition?: number; idOfRef?: ReadonlyMap<string, string> } = {},
  ): Promise<TaskEntity[]> {
    const unitIdOf = new Map(units.map((unit) => [unit.code, unit.id]));
    const idOfRef = new Map(placement.idOfRef ?? []);
    const tasks: TaskEntity[] = [];
    const links: TaskUnitEntity[] = [];
    const rowFactory = new TaskRowFactory(manager, plan, now, placement.firstPosition ?? 0);

    for (const parsedTask of parsedTasks) {
      const { leadIds, cooperatorIds, groupLeadIds } = unitsOfTask(parsedTask, units, unitIdOf);
      const fansOut = groupLeadIds.length > 0;
      const task = rowFactory.build(parsedTask, {
        id: newId(),
        ref: parsedTask.ref,
        parentId: parsedTask.parentRef ? (idOfRef.get(parsedTask.parentRef) ?? null) : null,
        leadUnitId: !fansOut && leadIds.length === 1 ? leadIds[0] : null,
        needsPrimaryLead: !fansOut && leadIds.length > 1,
      });
      idOfRef.set(parsedTask.ref, task.id);
      tasks.push(task);
      const coopOnly = (leadId: string | null) => unique(cooperatorIds).filter((id) => id !== leadId);
      if (fansOut) {
        for (const memberId of unique([...leadIds, ...groupLeadIds])) {
          const code = units.find((unit) => unit.id === memberId)?.code ?? memberId;
          const child = rowFactory.build(parsedTask, {
            id: newId(),
            ref: `${parsedTask.ref}/${code}`,
            parentId: task.id,
            leadUnitId: memberId,
            needsPrimaryLead: false,
          });
          tasks.push(child);
          links.push(
            link(child, memberId, 'lead'),
            ...coopOnly(memberId).map((id) => link(child, id, 'cooperator')),
          );
        }
      } else {
        links.push(...linksOfSingleTask(task, leadIds, cooperatorIds));
      }
    }
    await insertRows(manager, TaskEntity, tasks);
    await insertRows(manager, TaskUnitEntity, links);
    return tasks;
  }
}

/** A deadline text read in its plan's year and reading of "Trước ngày D", with its first due date. */
export function readDeadline(
  text: string,
  plan: Pick<PlanEntity, 'year' | 'beforeDateInclusive'>,
): { deadline: Deadline; due: string | null } {
  const deadline = parseDeadline(text, { year: plan.year, beforeDateInclusive: plan.beforeDateInclusive });
  const window = { from: `${plan.year - 1}-01-01`, to: `${plan.year + 10}-12-31` };
  return { deadline, due: dueDates(deadline, window)[0] ?? null };
}

/** The unit ids a parsed task names: its leads, its cooperators, and the members of a lead group. */
export function unitsOfTask(
  parsedTask: ParsedTask,
  units: readonly UnitEntity[],
  unitIdOf: ReadonlyMap<string, string> = new Map(units.map((unit) => [unit.code, unit.id])),
): { leadIds: string[]; cooperatorIds: string[]; groupLeadIds: string[] } {
  return {
    leadIds: codesToIds(parsedTask.leadUnitCodes, unitIdOf),
    cooperatorIds: [
      ...codesToIds(parsedTask.cooperatorUnitCodes, unitIdOf),
      ...parsedTask.cooperatorGroups.flatMap((members) => groupMemberIds(members, units)),
    ],
    groupLeadIds: parsedTask.leadGroup ? groupMemberIds(parsedTask.leadGroup, units) : [],
  };
}

/** The links of a task that is not fanned out: each named lead, and the cooperators besides them. */
export function linksOfSingleTask(
  task: Pick<TaskEntity, 'id' | 'wardId' | 'leadUnitId'>,
  leadIds: readonly string[],
  cooperatorIds: readonly string[],
): TaskUnitEntity[] {
  return [
    ...leadIds.map((id) => link(task, id, 'lead')),
    ...unique(cooperatorIds)
      .filter((id) => id !== task.leadUnitId && !leadIds.includes(id))
      .map((id) => link(task, id, 'cooperator')),
  ];
}

class TaskRowFactory {
  constructor(
    private readonly manager: EntityManager,
    private readonly plan: PlanEntity,
    private readonly now: string,
    private position: number,
  ) {}

  build(
    parsed: ParsedTask,
    identity: Pick<TaskEntity, 'id' | 'ref' | 'parentId' | 'leadUnitId' | 'needsPrimaryLead'>,
  ): TaskEntity {
    const { deadline, due } = readDeadline(parsed.deadlineText, this.plan);
    const type = inferTaskType({
      content: parsed.content,
      deliverable: parsed.deliverable,
      deadlineKind: deadline.kind,
      level: parsed.level,
    });
    const seed = workflowSeedFor({
      type,
      content: parsed.content,
      deliverable: parsed.deliverable,
      ongoingUntil: deadline.kind === 'ongoing' ? deadline.until : null,
      planYear: this.plan.year,
    });
    const workflow = initialWorkflow(type, seed);
    return this.manager.create(TaskEntity, {
      ...identity,
      wardId: this.plan.wardId,
      planId: this.plan.id,
      sectionKey: parsed.sectionKey,
      position: this.position++,
      level: parsed.level,
      content: parsed.content,
      leadText: parsed.leadText,
      cooperatorText: parsed.cooperatorText,
      deliverable: parsed.deliverable,
      deliverableKind: parsed.deliverableKind,
      deadlineText: parsed.deadlineText,
      deadline: deadline as unknown as Record<string, unknown>,
      due,
      budgetText: parsed.budgetText,
      type,
      state: workflow.state,
      column: workflow.column,
      context: workflow.context,
      workflowSeed: seed,
      machineVersion: workflow.machineVersion,
      version: 1,
      createdAt: this.now,
      updatedAt: this.now,
    });
  }
}

function link(task: Pick<TaskEntity, 'id' | 'wardId'>, unitId: string, role: TaskUnitRole): TaskUnitEntity {
  return Object.assign(new TaskUnitEntity(), { taskId: task.id, unitId, role, wardId: task.wardId });
}

function codesToIds(codes: readonly string[], idOf: ReadonlyMap<string, string>): string[] {
  return unique(codes.flatMap((code) => idOf.get(code) ?? []));
}

/**
 * Units that a plan names but that are not subordinate units of the People's Committee: the
 * Committee itself leads rather than does, and the Fatherland Front is a separate body.
 */
const NOT_SUBORDINATE = new Set(['UBND', 'MTTQ']);

/** Members of a group; "every unit" means every subordinate unit of the ward. */
function groupMemberIds(members: 'all' | string[], units: readonly UnitEntity[]): string[] {
  if (members === 'all')
    return units.filter((unit) => !NOT_SUBORDINATE.has(unit.code)).map((unit) => unit.id);
  return units.filter((unit) => members.includes(unit.code)).map((unit) => unit.id);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
