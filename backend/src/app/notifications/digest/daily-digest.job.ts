import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { WardCalendars } from '../../calendar/ward-calendars';
import { newId } from '../../common/ids';
import { vietnamToday } from '../../common/vietnam-today';
import { UnitOfWork } from '../../database/unit-of-work';
import { UnitEntity } from '../../org/entities/unit.entity';
import { UserEntity } from '../../org/entities/user.entity';
import { WardEntity } from '../../org/entities/ward.entity';
import { type WardSettings, WardSettingsReader } from '../../org/ward-settings-reader';
import { type JobSummary, Scheduled, type ScheduledJob } from '../../scheduler/scheduled-job';
import { dueInForce } from '../../task-model/card-timeliness';
import { PlanEntity } from '../../task-model/entities/plan.entity';
import { TaskEntity } from '../../task-model/entities/task.entity';
import { CLOSED_COLUMNS, isTrackedThroughCards } from '../../task-model/report-series/report-series';
import { isLeafSql } from '../../task-model/task-sql';
import { DailyDigestEntity } from '../entities/daily-digest.entity';
import { MailTransport } from '../mail/mail-transport';
import { DIGEST_SETTINGS, type DigestSettings } from '../notification-settings';
import { digestMail } from './digest-mail';
import { type DigestTask, digestSections, itemCount } from './digest-sections';

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
      made += await this.unitOfWork.run((manager) => this.makeForWard(manager, ward.id, own, today, now));
    }
    return { made, ...(await this.mailDigestsOf(today, now)) };
  }

  private async makeForWard(
    manager: EntityManager,
    wardId: string,
    settings: WardSettings,
    today: string,
    now: Date,
  ): Promise<number> {
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
    const tasks = await this.openTasksOf(manager, wardId);
    const rules = {
      today,
      dueSoonWorkingDays: settings.dueSoonWorkingDays,
      calendar: await this.calendars.calendarOf(wardId, manager),
    };
    const rows = missing.map((unit): DailyDigestEntity => {
      const body = digestSections(tasks, unit.id, rules);
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
    for (const row of rows) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(DailyDigestEntity)
        .values(row)
        .orIgnore()
        .updateEntity(false)
        .execute();
    }
    return rows.length;
  }

  /** The ward's open tasks a unit works on (containers and report series are worked through their cards). */
  private async openTasksOf(manager: EntityManager, wardId: string): Promise<DigestTask[]> {
    const [tasks, plans] = await Promise.all([
      manager
        .createQueryBuilder(TaskEntity, 'task')
        // Only what a digest shows or decides on: a ward's open tasks can be a hundred thousand.
        .select([
          'task.id',
          'task.planId',
          'task.ref',
          'task.content',
          'task.state',
          'task.column',
          'task.leadUnitId',
          'task.due',
          'task.context',
          'task.type',
          'task.deadlineText',
          'task.deliverable',
        ])
        .where('task.ward_id = :wardId', { wardId })
        .andWhere('task.board_column NOT IN (:...closed)', { closed: CLOSED_COLUMNS })
        .andWhere(isLeafSql())
        .orderBy('task.plan_id', 'ASC')
        .addOrderBy('task.position', 'ASC')
        .getMany(),
      manager.find(PlanEntity, { where: { wardId } }),
    ]);
    const planById = new Map(plans.map((plan) => [plan.id, plan]));
    return tasks.flatMap((task): DigestTask[] => {
      const plan = planById.get(task.planId);
      if (!plan || isTrackedThroughCards(task, plan)) return [];
      return [
        {
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
        },
      ];
    });
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
