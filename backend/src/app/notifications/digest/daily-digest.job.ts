import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { WardCalendars } from '../../calendar/ward-calendars';
import { newId } from '../../common/ids';
import { vietnamToday } from '../../common/vietnam-today';
import { yieldToEventLoop } from '../../common/yield-to-event-loop';
import { UnitOfWork } from '../../database/unit-of-work';
import { UnitEntity } from '../../org/entities/unit.entity';
import { UserEntity } from '../../org/entities/user.entity';
import { WardEntity } from '../../org/entities/ward.entity';
import { type WardSettings, WardSettingsReader } from '../../org/ward-settings-reader';
import { type JobSummary, Scheduled, type ScheduledJob } from '../../scheduler/scheduled-job';
import { dueInForce } from '../../task-model/card-timeliness';
import { PlanEntity } from '../../task-model/entities/plan.entity';
import { TaskEntity } from '../../task-model/entities/task.entity';
import { isTrackedThroughCards } from '../../task-model/report-series/report-series';
import { DailyDigestEntity } from '../entities/daily-digest.entity';
import { MailTransport } from '../mail/mail-transport';
import { DIGEST_SETTINGS, type DigestSettings } from '../notification-settings';
import { openTasksOfPlan } from '../reminders/open-tasks-of-plan';
import { digestMail } from './digest-mail';
import { DigestFold, type DigestTask, itemCount } from './digest-sections';

/** Only what a digest shows or decides on. */
const DIGEST_COLUMNS = [
  'planId',
  'ref',
  'content',
  'state',
  'column',
  'leadUnitId',
  'due',
  'context',
  'type',
  'deadlineText',
  'deliverable',
] as const satisfies readonly (keyof TaskEntity)[];

function digestTaskOf(
  task: Pick<TaskEntity, (typeof DIGEST_COLUMNS)[number] | 'id'>,
  plan: PlanEntity,
): DigestTask {
  return {
    id: task.id,
    planId: task.planId,
    ref: task.ref,
    content: task.content,
    state: task.state,
    column: task.column,
    leadUnitId: task.leadUnitId,
    reviewerUnitId: plan.reviewerUnitId,
    approverUnitId: plan.approverUnitId,
    alternateReviewerUnitId: plan.alternateReviewerUnitId,
    due: dueInForce(task),
    consultees: task.context.consultees ?? [],
    opinionUnitIds: (task.context.opinions ?? []).map((opinion) => opinion.unitId),
    hasPendingExtension: task.context.pendingExtension != null,
  };
}

/** Vietnam is UTC+7 all year. */
const VIETNAM_OFFSET_HOURS = 7;

export function vietnamHour(now: Date): number {
  return (now.getUTCHours() + VIETNAM_OFFSET_HOURS) % 24;
}

/**
 * Each day from the ward's digest hour (Vietnam time; DIGEST_HOUR for a ward that set none), one
 * digest per unit of every ward: its open asks, made
 * once per unit and day (unique index), each ward in its own transaction. Digests with something in
 * them are then mailed to the unit's members, each claimed before it is sent so that none goes
 * out twice; one whose sending failed is released and tried again at the next run.
 */
@Injectable()
@Scheduled()
export class DailyDigestJob implements ScheduledJob {
  readonly name = 'daily-digest';
  readonly stage = 'digest' as const;
  private readonly logger = new Logger(DailyDigestJob.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    @Inject(DIGEST_SETTINGS) private readonly settings: DigestSettings,
    private readonly mail: MailTransport,
    private readonly calendars: WardCalendars,
    private readonly wardSettings: WardSettingsReader,
  ) {}

  async run(now: Date): Promise<JobSummary> {
    const today = vietnamToday(now);
    const wards = await this.dataSource.manager.find(WardEntity, { select: { id: true } });
    const settings = await this.wardSettings.ofWards(wards.map((ward) => ward.id));
    let made = 0;
    for (const ward of wards) {
      const own = settings.get(ward.id) ?? this.wardSettings.defaults;
      if (vietnamHour(now) < own.digestHour) continue;
      made += await this.makeForWard(ward.id, own, today, now);
    }
    return { made, ...(await this.mailDigestsOf(today, now)) };
  }

  /**
   * The digests of the ward's units that have none today. The open tasks are read (outside any
   * transaction, a chunk at a time) before the digests are written in one short transaction: a
   * ward's tasks can be a hundred thousand.
   */
  private async makeForWard(
    wardId: string,
    settings: WardSettings,
    today: string,
    now: Date,
  ): Promise<number> {
    const manager = this.dataSource.manager;
    const units = await manager.find(UnitEntity, { where: { wardId }, select: { id: true } });
    const made = new Set(
      (
        await manager.find(DailyDigestEntity, {
          where: { wardId, digestDate: today },
          select: { unitId: true },
        })
      ).map((digest) => digest.unitId),
    );
    const missing = units.filter((unit) => !made.has(unit.id));
    if (missing.length === 0) return 0;
    const fold = new DigestFold(
      missing.map((unit) => unit.id),
      {
        today,
        dueSoonWorkingDays: settings.dueSoonWorkingDays,
        calendar: await this.calendars.calendarOf(wardId, manager),
      },
    );
    await this.foldOpenTasks(manager, wardId, fold);
    const rows = missing.map((unit): DailyDigestEntity => {
      const body = fold.sectionsOf(unit.id);
      return {
        id: newId(),
        wardId,
        unitId: unit.id,
        digestDate: today,
        body,
        itemCount: itemCount(body),
        createdAt: now.toISOString(),
        mailedAt: null,
      };
    });
    await this.unitOfWork.run(async (tx) => {
      for (const row of rows) {
        // A digest another process made meanwhile stays as it is (one per unit and day).
        await tx
          .createQueryBuilder()
          .insert()
          .into(DailyDigestEntity)
          .values(row)
          .orIgnore()
          .updateEntity(false)
          .execute();
      }
    });
    return rows.length;
  }

  /**
   * The ward's open tasks a unit works on, plan by plan and a chunk at a time, into the fold
   * (containers and report series are worked through their cards).
   */
  private async foldOpenTasks(manager: EntityManager, wardId: string, fold: DigestFold): Promise<void> {
    const plans = await manager.find(PlanEntity, { where: { wardId }, order: { id: 'ASC' } });
    for (const plan of plans) {
      const chunks = openTasksOfPlan(manager, plan.id, { columns: DIGEST_COLUMNS, leavesOnly: true });
      for await (const chunk of chunks) {
        for (const task of chunk) if (!isTrackedThroughCards(task, plan)) fold.add(digestTaskOf(task, plan));
        await yieldToEventLoop();
      }
    }
  }

  /** Sends the day's unsent digests that have something in them. */
  private async mailDigestsOf(today: string, now: Date): Promise<{ mailed: number; mailFailed: number }> {
    const manager = this.dataSource.manager;
    const unsent = await manager.find(DailyDigestEntity, {
      where: { digestDate: today, mailedAt: IsNull() },
    });
    const toSend = unsent.filter((digest) => digest.itemCount > 0);
    if (toSend.length === 0) return { mailed: 0, mailFailed: 0 };
    const unitIds = [...new Set(toSend.map((digest) => digest.unitId))];
    const [units, members] = await Promise.all([
      manager.find(UnitEntity, { where: { id: In(unitIds) } }),
      manager.find(UserEntity, {
        where: { unitId: In(unitIds) },
        select: { id: true, unitId: true, username: true },
      }),
    ]);
    const unitById = new Map(units.map((unit) => [unit.id, unit]));
    let mailed = 0;
    let mailFailed = 0;
    for (const digest of toSend) {
      const unit = unitById.get(digest.unitId);
      const to = members
        .filter((member) => member.unitId === digest.unitId)
        .map((member) => `${member.username}@${this.settings.mailUserDomain}`);
      if (!unit || to.length === 0 || !(await this.claim(digest, now))) continue;
      try {
        await this.mail.send(digestMail({ unit, date: digest.digestDate, sections: digest.body, to }));
        mailed++;
      } catch (error) {
        mailFailed++;
        this.logger.error(`Digest ${digest.id} of ${unit.code} was not sent: ${(error as Error).message}`);
        await this.unitOfWork.run((tx) =>
          tx.update(DailyDigestEntity, { id: digest.id }, { mailedAt: null }),
        );
      }
    }
    return { mailed, mailFailed };
  }

  /** Takes the digest for sending: only one of two racing runs gets it. */
  private async claim(digest: DailyDigestEntity, now: Date): Promise<boolean> {
    const claimed = await this.unitOfWork.run((manager) =>
      manager.update(
        DailyDigestEntity,
        { id: digest.id, mailedAt: IsNull() },
        { mailedAt: now.toISOString() },
      ),
    );
    return claimed.affected === 1;
  }
}
