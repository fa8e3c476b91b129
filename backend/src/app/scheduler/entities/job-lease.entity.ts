import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who may run a scheduled job until when; claimed with one conditional UPDATE (see JobLeases). */
@Entity('job_lease')
export class JobLeaseEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  /** The scheduler instance holding the lease; empty while nobody ever held it. */
  @Column({ type: 'varchar', length: 128 })
  holder: string;

  /** ISO-8601 instant; the lease is free once it lies in the past. */
  @Column({ name: 'lease_until', type: 'varchar', length: 32 })
  leaseUntil: string;
}
