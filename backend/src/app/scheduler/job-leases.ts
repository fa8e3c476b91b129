import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work';
import { JobLeaseEntity } from './entities/job-lease.entity';

/** lease_until of a row nobody has held yet: earlier than any real instant. */
const NEVER_HELD = '1970-01-01T00:00:00.000Z';

/**
 * Leases that let one scheduler among several processes run a job. A claim is one conditional
 * UPDATE, the same SQL on SQLite and PostgreSQL: it takes the row when the lease has run out or
 * already belongs to the claimant. Instants are ISO-8601 strings, which sort as they compare.
 */
@Injectable()
export class JobLeases {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** True when `holder` now holds the job's lease until now + leaseMs. */
  claim(name: string, holder: string, now: Date, leaseMs: number): Promise<boolean> {
    return this.unitOfWork.run(async (manager) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(JobLeaseEntity)
        .values({ name, holder: '', leaseUntil: NEVER_HELD })
        .orIgnore()
        .execute();
      const claimed = await manager
        .createQueryBuilder()
        .update(JobLeaseEntity)
        .set({ holder, leaseUntil: new Date(now.getTime() + leaseMs).toISOString() })
        .where('name = :name AND (lease_until < :now OR holder = :holder)', {
          name,
          now: now.toISOString(),
          holder,
        })
        .execute();
      return claimed.affected === 1;
    });
  }
}
