import type { CalendarYear, NationalHolidayRules } from '@dondoc/deadlines';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { CalendarWriter } from '../calendar/calendar-writer';
import { Clock } from '../common/clock';
import { UnitOfWork } from '../database/unit-of-work';
import { SocketHub } from '../socket-hub/socket-hub';
import { PlanEntity } from './entities/plan.entity';

/**
 * Changes a ward's working calendar and then tells every open board of the ward: its plan boards
 * and its leadership view read their cards again, so a confirmed year's timeliness and "dự kiến"
 * marks show at once. The message is sent after the commit, not through the outbox: one lost to a
 * crash costs a stale mark until the next read, never a change. Who may edit (the ward's admin) is
 * the caller's to check.
 */
@Injectable()
export class WardCalendarChanges {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly writer: CalendarWriter,
    private readonly clock: Clock,
    private readonly hub: SocketHub,
  ) {}

  async saveYear(user: AuthUser, year: number, input: unknown): Promise<CalendarYear> {
    const saved = await this.unitOfWork.run((manager) =>
      this.writer.saveYear(manager, user.wardId, year, input, this.editor(user)),
    );
    await this.announce(user.wardId, year);
    return saved;
  }

  async confirmYear(user: AuthUser, year: number, source: unknown): Promise<CalendarYear> {
    const confirmed = await this.unitOfWork.run((manager) =>
      this.writer.confirmYear(manager, user.wardId, year, source, this.editor(user)),
    );
    await this.announce(user.wardId, year);
    return confirmed;
  }

  async saveRules(user: AuthUser, input: unknown): Promise<NationalHolidayRules> {
    const rules = await this.unitOfWork.run((manager) =>
      this.writer.saveRules(manager, user.wardId, input, this.editor(user)),
    );
    await this.announce(user.wardId);
    return rules;
  }

  private editor(user: AuthUser) {
    return { userId: user.id, at: this.clock.now().toISOString() };
  }

  private async announce(wardId: string, year?: number): Promise<void> {
    const plans = await this.dataSource.manager.find(PlanEntity, { where: { wardId }, select: { id: true } });
    this.hub.calendarChanged(
      plans.map((plan) => plan.id),
      year === undefined ? { wardId } : { wardId, year },
    );
  }
}
