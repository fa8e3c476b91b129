import type { CalendarYear } from '@dondoc/deadlines';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One year of a ward's working calendar as the admin edited or confirmed it (CalendarYear of
 * @dondoc/deadlines, validated before it is written). A ward without a row for a year uses the
 * shipped year, else the national rules (provisional).
 */
@Entity('calendar_year')
@Index(['wardId', 'year'], { unique: true })
export class CalendarYearEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'simple-json' })
  data: CalendarYear;

  @Column({ name: 'updated_at', type: 'varchar', length: 32 })
  updatedAt: string;

  @Column({ name: 'updated_by', type: 'varchar', length: 36, nullable: true })
  updatedBy: string | null;
}
