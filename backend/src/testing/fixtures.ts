import type { Role, TaskType } from '@dondoc/domain';
import { initialWorkflow, type WorkflowSeed } from '@dondoc/workflows';
import * as argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import { ARGON2_OPTIONS } from '../app/auth/password-hasher';
import { newId } from '../app/common/ids';
import { insertRows } from '../app/database/insert-rows';
import { UnitEntity } from '../app/org/entities/unit.entity';
import { UserEntity } from '../app/org/entities/user.entity';
import { WardEntity } from '../app/org/entities/ward.entity';
import { PlanEntity } from '../app/task-model/entities/plan.entity';
import { TaskUnitEntity } from '../app/task-model/entities/task-unit.entity';
import { TaskEntity } from '../app/task-model/entities/task.entity';

export const FIXTURE_PASSWORD = 'mat-khau-thu-nghiem';

const UNIT_CODES = ['UBND', 'VP', 'VHXH', 'PVHCC', 'KTHT', 'CA'] as const;
type UnitCode = (typeof UNIT_CODES)[number];

/** Seats cover every relation a user can have to a fixture task. */
const SEATS = {
  leadStaff: { unit: 'PVHCC', roles: ['staff'] },
  leadHead: { unit: 'PVHCC', roles: ['unit_head'] },
  leadUnitLeader: { unit: 'PVHCC', roles: ['leader'] },
  cooperator: { unit: 'KTHT', roles: ['staff'] },
  reviewer: { unit: 'VHXH', roles: ['reviewer'] },
  reviewerClerk: { unit: 'VHXH', roles: ['staff'] },
  approver: { unit: 'VP', roles: ['approver'] },
  officeHead: { unit: 'VP', roles: ['unit_head'] },
  officeClerk: { unit: 'VP', roles: ['staff'] },
  leader: { unit: 'UBND', roles: ['leader'] },
  admin: { unit: 'VP', roles: ['admin'] },
  outsider: { unit: 'CA', roles: ['staff', 'unit_head'] },
} satisfies Record<string, { unit: UnitCode; roles: Role[] }>;
export type Seat = keyof typeof SEATS;

export interface Fixture {
  ward: WardEntity;
  units: Record<UnitCode, UnitEntity>;
  users: Record<Seat, UserEntity>;
  plan: PlanEntity;
  tasks: TaskEntity[];
}

/** One task of a fixture plan: its type and what its workflow starts from. */
export interface TaskSpec {
  type: TaskType;
  seed?: WorkflowSeed;
}

let passwordHash: Promise<string> | null = null;

/** A ward with its units, one user per seat, and a plan of draft tasks led by PVHCC with KTHT cooperating. */
export async function createFixture(
  dataSource: DataSource,
  options: { wardCode?: string; taskCount?: number; taskType?: TaskType; tasks?: TaskSpec[] } = {},
): Promise<Fixture> {
  const wardCode = options.wardCode ?? `W${newId().slice(0, 6)}`;
  const now = new Date().toISOString();
  passwordHash ??= argon2.hash(FIXTURE_PASSWORD, ARGON2_OPTIONS);
  const hash = await passwordHash;
  return dataSource.transaction(async (manager) => {
    const ward = manager.create(WardEntity, {
      id: newId(),
      code: wardCode,
      name: `Phường ${wardCode}`,
      province: 'Hải Phòng',
      createdAt: now,
    });
    await manager.insert(WardEntity, ward);
    const unitList = UNIT_CODES.map((code) =>
      manager.create(UnitEntity, {
        id: newId(),
        wardId: ward.id,
        code,
        name: `Đơn vị ${code}`,
        aliases: [],
        createdAt: now,
      }),
    );
    await manager.insert(UnitEntity, unitList);
    const units = Object.fromEntries(unitList.map((unit) => [unit.code, unit])) as Record<
      UnitCode,
      UnitEntity
    >;
    const userList = Object.entries(SEATS).map(([seat, { unit, roles }]) =>
      manager.create(UserEntity, {
        id: newId(),
        wardId: ward.id,
        unitId: units[unit].id,
        username: `${wardCode.toLowerCase()}.${seat.toLowerCase()}`,
        fullName: `Người dùng ${seat}`,
        passwordHash: hash,
        roles: [...roles],
        createdAt: now,
      }),
    );
    await manager.insert(UserEntity, userList);
    const users = Object.fromEntries(
      Object.keys(SEATS).map((seat, index) => [seat, userList[index]]),
    ) as Record<Seat, UserEntity>;
    const plan = manager.create(PlanEntity, {
      id: newId(),
      wardId: ward.id,
      symbol: '1/KH-UBND',
      title: 'Kế hoạch thử nghiệm',
      issuedOn: '2026-01-12',
      issuer: 'UBND phường',
      legalBasis: [],
      year: 2026,
      reviewerUnitId: units.VHXH.id,
      approverUnitId: units.VP.id,
      beforeDateInclusive: false,
      createdAt: now,
    });
    await manager.insert(PlanEntity, plan);
    const specs: TaskSpec[] =
      options.tasks ??
      Array.from({ length: options.taskCount ?? 3 }, () => ({ type: options.taskType ?? 'document' }));
    const tasks = specs.map(({ type, seed }, index) => {
      const workflow = initialWorkflow(type, seed ?? {});
      return manager.create(TaskEntity, {
        id: newId(),
        wardId: ward.id,
        planId: plan.id,
        parentId: null,
        sectionKey: 'I',
        ref: String(index + 1),
        position: index,
        level: 'task',
        content: `Nhiệm vụ thử nghiệm số ${index + 1}`,
        leadUnitId: units.PVHCC.id,
        needsPrimaryLead: false,
        leadText: 'Trung tâm PVHCC',
        cooperatorText: 'Phòng KTHT',
        deliverable: 'Kế hoạch',
        deliverableKind: 'Kế hoạch',
        deadlineText: 'Quý II/2026',
        deadline: null,
        due: '2026-06-30',
        budgetText: '',
        type,
        state: workflow.state,
        column: workflow.column,
        context: workflow.context,
        workflowSeed: seed ?? null,
        machineVersion: workflow.machineVersion,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
    });
    await insertRows(manager, TaskEntity, tasks);
    await manager.insert(
      TaskUnitEntity,
      tasks.flatMap((task) => [
        { taskId: task.id, unitId: units.PVHCC.id, role: 'lead' as const, wardId: ward.id },
        { taskId: task.id, unitId: units.KTHT.id, role: 'cooperator' as const, wardId: ward.id },
      ]),
    );
    return { ward, units, users, plan, tasks };
  });
}
