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
      createdAt: now,
    });
    await manager.insert(PlanEntity, plan);
    await manager.insert(
      PlanSectionEntity,
      parsed.sections.map((section, position) => ({
        id: newId(),
        wardId,
        planId: plan.id,
        key: section.key,
        title: section.title,
        position,
      })),
    );

    const unitIdOf = new Map(units.map((unit) => [unit.code, unit.id]));
    const idOfRef = new Map<string, string>();
    const tasks: TaskEntity[] = [];
    const links: TaskUnitEntity[] = [];
    const rowFactory = new TaskRowFactory(manager, plan, now);

    for (const parsedTask of parsed.tasks) {
      const leadIds = codesToIds(parsedTask.leadUnitCodes, unitIdOf);
      const cooperatorIds = [
        ...codesToIds(parsedTask.cooperatorUnitCodes, unitIdOf),
        ...parsedTask.cooperatorGroups.flatMap((members) => groupMemberIds(members, units)),
      ];
      const groupLeadIds = parsedTask.leadGroup ? groupMemberIds(parsedTask.leadGroup, units) : [];
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
        links.push(
          ...leadIds.map((id) => link(task, id, 'lead')),
          ...coopOnly(task.leadUnitId)
            .filter((id) => !leadIds.includes(id))
            .map((id) => link(task, id, 'cooperator')),
        );
      }
    }
    await insertRows(manager, TaskEntity, tasks);
    await insertRows(manager, TaskUnitEntity, links);
    return { plan, tasks };
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

class TaskRowFactory {
  private position = 0;

  constructor(
    private readonly manager: EntityManager,
    private readonly plan: PlanEntity,
    private readonly now: string,
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

function link(task: TaskEntity, unitId: string, role: TaskUnitRole): TaskUnitEntity {
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
