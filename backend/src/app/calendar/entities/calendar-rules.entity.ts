import type { NationalHolidayRules } from '@dondoc/deadlines';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The rules a ward's years without a stored calendar are computed from: the holidays a future
 * amendment adds (24/11 from a given year, say). No row: the law as it stands (NATIONAL_RULES).
 */
@Entity('calendar_rules')
export class CalendarRulesEntity {
  @PrimaryColumn({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  @Column({ type: 'simple-json' })
  rules: NationalHolidayRules;

  @Column({ name: 'updated_at', type: 'varchar', length: 32 })
  updatedAt: string;

  @Column({ name: 'updated_by', type: 'varchar', length: 36, nullable: true })
  updatedBy: string | null;
}
