import type {
  AskedPartDto,
  OpenRoundRequest,
  RoundCommandRequest,
  RoundDto,
  RoundSummaryDto,
} from '@dondoc/contracts';
import type { Role } from '@dondoc/domain';
import {
  decideRound,
  openRound,
  type RoundActor,
  type RoundCommand,
  type RoundDecision,
  type RoundEventType,
  roundFigures,
  type RoundSeed,
  type RoundSnapshot,
} from '@dondoc/workflows';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppError, notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { UnitOfWork } from '../database/unit-of-work';
import { UnitEntity } from '../org/entities/unit.entity';
import { UnitAsks } from '../org/unit-asks';
import { PlanEntity } from '../task-model/entities/plan.entity';
import { TaskEntity } from '../task-model/entities/task.entity';
import { planOfWard } from '../task-model/plan-of-ward';
import { periodOfKey } from './as-of';
import { draftCompiledText } from './compiled-text';
import { ReportPartEntity } from './report-part.entity';
import { ReportRoundEventEntity } from './report-round-event.entity';
import { ReportRoundEntity } from './report-round.entity';
import { ResultFilesService } from './result-files.service';
import { roundAsk } from './round-asks';
import { handedInLate } from './round-lateness';
import { lockedRound } from './round-row-lock';

const OFFICE_ROLES: Role[] = ['staff', 'unit_head', 'approver'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Văn phòng opens a round: the plan's approving office (its staff, head or approver) or an admin. */
export function opensRounds(user: AuthUser, officeUnitId: string): boolean {
  if (user.roles.includes('admin')) return true;
  return user.unitId === officeUnitId && user.roles.some((role) => OFFICE_ROLES.includes(role));
}

const actorOf = (user: AuthUser): RoundActor => ({ userId: user.id, unitId: user.unitId, roles: user.roles });
const snapshotOf = (round: ReportRoundEntity): RoundSnapshot => ({
  state: round.state,
  context: round.context,
});

/** Report rounds (đợt báo cáo): opened by Văn phòng, answered part by part, compiled and closed. */
@Injectable()
export class RoundsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly asks: UnitAsks,
    private readonly resultFiles: ResultFilesService,
  ) {}

  async open(user: AuthUser, request: OpenRoundRequest): Promise<RoundDto> {
    const now = this.clock.now().toISOString();
    const id = await this.unitOfWork.run(async (manager) => {
      const plan = await planOfWard(manager, request.planId, user.wardId);
      const officeUnitId = plan.approverUnitId;
      if (officeUnitId === null)
        throw new AppError('VALIDATION_FAILED', 'Kế hoạch chưa có Văn phòng phê duyệt để tổng hợp báo cáo');
      if (!opensRounds(user, officeUnitId))
        throw new AppError('FORBIDDEN', 'Chỉ Văn phòng HĐND và UBND mới được mở đợt báo cáo');
      if (!ISO_DATE.test(request.sendBy ?? ''))
        throw new AppError('VALIDATION_FAILED', 'Hạn gửi báo cáo phải là ngày YYYY-MM-DD');
      const period = periodOfKey(request.periodKey, request.basis);
      const seed: RoundSeed = {
        planId: plan.id,
        periodKey: period.key,
        periodLabel: period.label,
        sendBy: request.sendBy,
        officeUnitId,
        units: await this.leadUnitsOf(manager, plan.id, period.cutOff),
      };
      const opened = openRound(seed);
      if (!opened.ok) throw new AppError(opened.code, opened.reason);
      const round = manager.create(ReportRoundEntity, {
        id: newId(),
        wardId: user.wardId,
        planId: plan.id,
        periodKey: period.key,
        periodBasis: period.basis,
        cutOff: period.cutOff,
        sendBy: request.sendBy,
        state: opened.state,
        seed,
        context: opened.context,
        version: 1,
        openedBy: user.id,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(ReportRoundEntity, round);
      await this.writeParts(manager, round, now);
      // Every lead unit asked hears of it with the round, or not at all.
      await this.asks.ask(manager, [
        roundAsk(round, 'report_part_asked', {
          planTitle: plan.title,
          unitIds: opened.context.unitIds,
          sourceKey: `round:${round.id}:asked`,
          actor: user,
          at: now,
        }),
      ]);
      return round.id;
    });
    return this.get(user, id);
  }

  /** Each lead unit with tasks of the plan that existed at the cut-off, its tasks in plan order. */
  private async leadUnitsOf(
    manager: EntityManager,
    planId: string,
    cutOff: string,
  ): Promise<RoundSeed['units']> {
    const tasks = await manager.find(TaskEntity, {
      where: { planId },
      select: { id: true, parentId: true, leadUnitId: true, createdAt: true, position: true },
      order: { position: 'ASC' },
    });
    const parents = new Set(tasks.map((task) => task.parentId));
    const byUnit = new Map<string, string[]>();
    for (const task of tasks) {
      if (parents.has(task.id) || task.leadUnitId === null || task.createdAt > cutOff) continue;
      const list = byUnit.get(task.leadUnitId) ?? [];
      list.push(task.id);
      byUnit.set(task.leadUnitId, list);
    }
    return [...byUnit].map(([unitId, taskIds]) => ({ unitId, taskIds }));
  }

  async list(user: AuthUser, planId: string | undefined): Promise<RoundSummaryDto[]> {
    const rounds = await this.dataSource.manager.find(ReportRoundEntity, {
      where: planId ? { wardId: user.wardId, planId } : { wardId: user.wardId },
      order: { createdAt: 'DESC' },
    });
    const plans = await this.plansOf(rounds);
    return rounds.map((round) => this.summary(round, plans.get(round.planId)));
  }

  async get(user: AuthUser, roundId: string): Promise<RoundDto> {
    const manager = this.dataSource.manager;
    const round = await this.roundOfWard(manager, roundId, user.wardId);
    const plan = await manager.findOneByOrFail(PlanEntity, { id: round.planId });
    const unitIds = round.context.unitIds;
    const units = await manager.find(UnitEntity, { where: { id: In(unitIds) } });
    const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
    const taskIds = unitIds.flatMap((unitId) => round.context.parts[unitId].taskIds);
    const tasks = await manager.find(TaskEntity, {
      where: { id: In(taskIds) },
      select: { id: true, ref: true, content: true, sectionKey: true, leadUnitId: true, position: true },
      order: { position: 'ASC' },
    });
    const history = await manager.find(ReportRoundEventEntity, { where: { roundId }, order: { id: 'ASC' } });
    const files = await this.resultFiles.ofRound(manager, roundId);
    const { context } = round;
    return {
      ...this.summary(round, plan),
      officeUnitId: context.officeUnitId,
      parts: unitIds.map((unitId) => {
        const part = context.parts[unitId];
        return {
          unitId,
          unitName: unitName.get(unitId) ?? '',
          state: part.state,
          taskIds: part.taskIds,
          results: part.results,
          returnReason: part.returnReason,
          returns: part.returns,
          submittedAt: part.submittedAt,
          acceptedAt: part.acceptedAt,
          late: handedInLate(part.submittedAt, context.sendBy),
          files: files.get(unitId) ?? [],
        };
      }),
      compiledText: context.compiledText,
      compiledAt: context.compiledAt,
      closedAt: context.closedAt,
      missingUnitIds: context.missingUnitIds,
      tasks: tasks.map(({ id, ref, content, sectionKey, leadUnitId }) => ({
        id,
        ref,
        content,
        sectionKey,
        leadUnitId,
      })),
      history: history.map((event) => ({
        id: event.id,
        event: event.event as RoundEventType,
        unitId: event.unitId,
        actor: { id: event.actorId, name: event.actorName },
        fromState: event.fromState,
        toState: event.toState,
        payload: event.payload,
        at: event.at,
      })),
    };
  }

  /** One step of the round, decided by the round machine and stored with its event in one transaction. */
  async command(user: AuthUser, roundId: string, request: RoundCommandRequest): Promise<RoundDto> {
    const now = this.clock.now().toISOString();
    await this.unitOfWork.run(async (manager) => {
      // Held to the commit: a part's files cannot change between reading them and handing it in.
      const round = await lockedRound(manager, roundId, user.wardId);
      if (request.expectedVersion !== undefined && request.expectedVersion !== round.version)
        throw new AppError('VERSION_CONFLICT', 'Đợt báo cáo vừa được người khác cập nhật, hãy tải lại');
      const command: RoundCommand = {
        type: request.type,
        unitId: request.unitId,
        payload: await this.payloadOf(manager, round, request),
      };
      const decision: RoundDecision = decideRound(snapshotOf(round), actorOf(user), command, now);
      if (!decision.ok) throw new AppError(decision.code, decision.reason);
      const updated = await manager.update(
        ReportRoundEntity,
        { id: round.id, version: round.version },
        { state: decision.state, context: decision.context, version: round.version + 1, updatedAt: now },
      );
      if (updated.affected !== 1)
        throw new AppError('VERSION_CONFLICT', 'Đợt báo cáo vừa được người khác cập nhật, hãy tải lại');
      const event = await manager.save(
        manager.create(ReportRoundEventEntity, {
          roundId: round.id,
          wardId: round.wardId,
          event: command.type,
          unitId: command.unitId ?? null,
          actorId: user.id,
          actorName: user.fullName,
          actorUnitId: user.unitId,
          actorRoles: user.roles,
          fromState: round.state,
          toState: decision.state,
          payload: command.payload ?? null,
          at: now,
        }),
      );
      await this.writeParts(manager, { ...round, context: decision.context }, now);
      if (command.type === 'RETURN_PART' && command.unitId) {
        const plan = await manager.findOneByOrFail(PlanEntity, { id: round.planId });
        await this.asks.ask(manager, [
          roundAsk(round, 'report_part_returned', {
            planTitle: plan.title,
            unitIds: [command.unitId],
            sourceKey: `round-event:${event.id}`,
            actor: user,
            at: now,
            reason: decision.context.parts[command.unitId]?.returnReason ?? undefined,
          }),
        ]);
      }
    });
    return this.get(user, roundId);
  }

  /** COMPILE without a text starts from a draft of the accepted parts (Văn phòng edits it after). */
  private async payloadOf(
    manager: EntityManager,
    round: ReportRoundEntity,
    request: RoundCommandRequest,
  ): Promise<Record<string, unknown>> {
    const payload = { ...(request.payload ?? {}) };
    if ((request.type === 'SAVE_PART' || request.type === 'SUBMIT_PART') && request.unitId)
      return this.withFileRefs(manager, round.id, request.unitId, payload);
    if (request.type !== 'COMPILE' || typeof payload['text'] === 'string') return payload;
    const { context } = round;
    const units = await manager.find(UnitEntity, { where: { id: In(context.unitIds) } });
    const taskIds = context.unitIds.flatMap((unitId) => context.parts[unitId].taskIds);
    const tasks = await manager.find(TaskEntity, {
      where: { id: In(taskIds) },
      select: { id: true, ref: true, content: true },
    });
    const missing = context.unitIds.filter((unitId) => context.parts[unitId].state !== 'accepted');
    payload['text'] = draftCompiledText(
      context,
      {
        unitName: (unitId) => units.find((unit) => unit.id === unitId)?.name ?? unitId,
        task: (taskId) => tasks.find((task) => task.id === taskId),
      },
      missing,
    );
    return payload;
  }

  /**
   * A part's results name the files attached to each task as the server holds them, whatever the
   * client sent: the round's log then records which files each save and hand-in carried.
   */
  private async withFileRefs(
    manager: EntityManager,
    roundId: string,
    unitId: string,
    payload: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    const results = payload['results'];
    if (!Array.isArray(results)) return payload;
    const files = (await this.resultFiles.ofRound(manager, roundId)).get(unitId) ?? [];
    return {
      ...payload,
      results: results.map((entry: unknown) => {
        if (typeof entry !== 'object' || entry === null) return entry;
        const taskId = (entry as Record<string, unknown>)['taskId'];
        return { ...entry, fileRefs: files.filter((file) => file.taskId === taskId).map((file) => file.id) };
      }),
    };
  }

  /** The parts asked of the caller's unit in rounds still collecting: the cards on its board. */
  async askedOfMyUnit(user: AuthUser): Promise<AskedPartDto[]> {
    if (user.unitId === null) return [];
    const manager = this.dataSource.manager;
    const parts = await manager.find(ReportPartEntity, {
      where: { wardId: user.wardId, unitId: user.unitId },
    });
    if (parts.length === 0) return [];
    const rounds = await manager.find(ReportRoundEntity, {
      where: { id: In(parts.map((part) => part.roundId)), state: 'collecting' },
    });
    const plans = await this.plansOf(rounds);
    return rounds
      .sort((a, b) => a.sendBy.localeCompare(b.sendBy))
      .flatMap((round) => {
        const part = parts.find((candidate) => candidate.roundId === round.id);
        if (!part || part.state === 'accepted') return [];
        return [
          {
            roundId: round.id,
            planId: round.planId,
            planTitle: plans.get(round.planId)?.title ?? '',
            periodLabel: round.context.periodLabel,
            sendBy: round.sendBy,
            unitId: part.unitId,
            state: part.state,
            returnReason: part.returnReason,
          },
        ];
      });
  }

  async roundOfWard(manager: EntityManager, roundId: string, wardId: string): Promise<ReportRoundEntity> {
    const round = await manager.findOneBy(ReportRoundEntity, { id: roundId });
    if (!round || round.wardId !== wardId) throw notFound('đợt báo cáo');
    return round;
  }

  private async plansOf(rounds: ReportRoundEntity[]): Promise<Map<string, PlanEntity>> {
    const ids = [...new Set(rounds.map((round) => round.planId))];
    if (ids.length === 0) return new Map();
    const plans = await this.dataSource.manager.find(PlanEntity, { where: { id: In(ids) } });
    return new Map(plans.map((plan) => [plan.id, plan]));
  }

  private summary(round: ReportRoundEntity, plan: PlanEntity | undefined): RoundSummaryDto {
    return {
      id: round.id,
      planId: round.planId,
      planTitle: plan?.title ?? '',
      periodKey: round.periodKey,
      periodLabel: round.context.periodLabel,
      periodBasis: round.periodBasis,
      cutOff: round.cutOff,
      sendBy: round.sendBy,
      state: round.state,
      version: round.version,
      figures: roundFigures(snapshotOf(round), this.clock.now().toISOString()),
      createdAt: round.createdAt,
    };
  }

  private async writeParts(
    manager: EntityManager,
    round: Pick<ReportRoundEntity, 'id' | 'wardId' | 'context'>,
    now: string,
  ): Promise<void> {
    const rows = round.context.unitIds.map((unitId) => {
      const part = round.context.parts[unitId];
      return {
        roundId: round.id,
        unitId,
        wardId: round.wardId,
        state: part.state,
        results: part.results,
        returnReason: part.returnReason,
        submittedAt: part.submittedAt,
        updatedAt: now,
      };
    });
    await manager.delete(ReportPartEntity, { roundId: round.id });
    if (rows.length > 0) await manager.insert(ReportPartEntity, rows);
  }
}
