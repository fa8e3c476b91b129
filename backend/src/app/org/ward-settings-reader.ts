import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { CacheInvalidations } from '../redis/cache-invalidations';
import { WardSettingsEntity } from './entities/ward-settings.entity';

/** A ward's settings as they apply: its own where it saved them, the deployment's otherwise. */
export interface WardSettings {
  /** Reviewer and approver units a new plan starts with (null: the plan names its own). */
  reviewerUnitId: string | null;
  approverUnitId: string | null;
  /** "Trước ngày D" read as due on D (true) rather than on D−1 (false, the usual reading). */
  beforeDateInclusive: boolean;
  dueSoonWorkingDays: number;
  /** From this hour of the day in Vietnam (0–23) the ward's daily digests are made. */
  digestHour: number;
}

const TOPIC = 'ward-settings';

/** A bound on a value kept past a lost invalidation (see CacheInvalidations). */
const KEEP_MS = 5 * 60_000;

/**
 * The one reader of ward settings: card timeliness, reminders, digests and plan import ask here.
 * Kept per process, since cards are read on every move, and dropped in every process when an admin
 * saves (`changed`), so no process counts by settings older than the database for long.
 */
@Injectable()
export class WardSettingsReader {
  private readonly kept = new Map<string, { settings: WardSettings; readAt: number }>();
  private generation = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly invalidations: CacheInvalidations,
    @Inject(ENV) private readonly env: Env,
  ) {
    invalidations.on(TOPIC, (wardId) => {
      this.generation += 1;
      if (wardId === '') this.kept.clear();
      else this.kept.delete(wardId);
    });
  }

  /** The deployment's defaults, for a ward that never saved its own. */
  get defaults(): WardSettings {
    return {
      reviewerUnitId: null,
      approverUnitId: null,
      beforeDateInclusive: false,
      dueSoonWorkingDays: this.env.DUE_SOON_WORKING_DAYS,
      digestHour: this.env.DIGEST_HOUR,
    };
  }

  async of(wardId: string, manager: EntityManager = this.dataSource.manager): Promise<WardSettings> {
    const now = this.clock.now().getTime();
    const kept = this.kept.get(wardId);
    if (kept && now - kept.readAt < KEEP_MS) return kept.settings;
    const generation = this.generation;
    const row = await manager.findOneBy(WardSettingsEntity, { wardId });
    const settings = row ? settingsOf(row) : this.defaults;
    if (generation === this.generation) this.kept.set(wardId, { settings, readAt: now });
    return settings;
  }

  /** Several wards at once, for jobs that walk every ward: one query. */
  async ofWards(
    wardIds: Iterable<string>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, WardSettings>> {
    const ids = [...new Set(wardIds)];
    if (ids.length === 0) return new Map();
    const rows = await manager
      .createQueryBuilder(WardSettingsEntity, 'settings')
      .where('settings.ward_id IN (:...ids)', { ids })
      .getMany();
    const byWard = new Map(rows.map((row) => [row.wardId, settingsOf(row)]));
    return new Map(ids.map((id) => [id, byWard.get(id) ?? this.defaults]));
  }

  /** After an admin's save commits: every process reads the ward's settings afresh. */
  changed(wardId: string): Promise<void> {
    return this.invalidations.announce(TOPIC, wardId);
  }
}

function settingsOf(row: WardSettingsEntity): WardSettings {
  return {
    reviewerUnitId: row.reviewerUnitId,
    approverUnitId: row.approverUnitId,
    beforeDateInclusive: row.beforeDateInclusive,
    dueSoonWorkingDays: row.dueSoonWorkingDays,
    digestHour: row.digestHour,
  };
}
