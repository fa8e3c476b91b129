import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { CalendarYear } from '@dondoc/deadlines';
import { TranslatePipe } from '@ngx-translate/core';
import { AdminApi } from './admin-api';
import { AdminWork } from './admin-work';

/**
 * The working calendar year by year: its days off, and whether it is still provisional ("dự
 * kiến", computed from the rules) or confirmed from the official announcement, which the admin
 * names to confirm it. Boards recount their deadlines when a year is confirmed.
 */
@Component({
  selector: 'dd-admin-calendar',
  imports: [FormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin.css',
  template: `
    <section class="panel" aria-labelledby="dd-admin-calendar" data-testid="admin-calendar">
      <h2 id="dd-admin-calendar">{{ 'admin.calendar.title' | translate }}</h2>
      @for (year of years(); track year.year) {
        <details class="year" [attr.data-testid]="'admin-year-' + year.year">
          <summary>
            {{ year.year }} —
            {{
              (year.status === 'confirmed' ? 'admin.calendar.confirmed' : 'admin.calendar.provisional')
                | translate
            }}
            @if (year.source) {
              ({{ year.source }})
            }
          </summary>
          <ul class="days">
            @for (day of year.daysOff; track day.date) {
              <li>
                <time [attr.datetime]="day.date">{{ day.date }}</time> {{ day.name }}
              </li>
            }
          </ul>
          @if (year.status !== 'confirmed') {
            <form class="form" (ngSubmit)="confirm(year)">
              <label>
                {{ 'admin.calendar.source' | translate }}
                <input
                  [name]="'source-' + year.year"
                  [(ngModel)]="sources[year.year]"
                  required
                  maxlength="300"
                  autocomplete="off"
                />
              </label>
              <button type="submit" [disabled]="busy()">{{ 'admin.calendar.confirm' | translate }}</button>
            </form>
          }
        </details>
      }
      @if (failure(); as text) {
        <p class="failure" role="alert">{{ text }}</p>
      }
    </section>
  `,
})
export class CalendarSectionComponent {
  private readonly api = inject(AdminApi);
  private readonly work = new AdminWork();

  protected readonly years = signal<CalendarYear[]>([]);
  protected readonly busy = this.work.busy;
  protected readonly failure = this.work.failure;
  protected readonly sources: Record<number, string> = {};

  constructor() {
    void this.work.run(async () => this.years.set((await this.api.calendar()).years));
  }

  protected async confirm(year: CalendarYear): Promise<void> {
    await this.work.run(async () => {
      const confirmed = await this.api.confirmYear(year.year, this.sources[year.year] ?? '');
      this.years.update((years) => years.map((entry) => (entry.year === confirmed.year ? confirmed : entry)));
    });
  }
}
