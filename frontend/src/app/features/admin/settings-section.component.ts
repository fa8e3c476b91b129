import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { AdminUnitDto, WardSettingsDto } from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { AdminApi } from './admin-api';
import { AdminWork } from './admin-work';
import { onUnitChanges } from './unit-changes';

/** The ward's settings: default reviewer and approver units of new plans, "Trước ngày D", due soon, digest hour. */
@Component({
  selector: 'dd-admin-settings',
  imports: [FormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin.css',
  template: `
    <section class="panel" aria-labelledby="dd-admin-settings" data-testid="admin-settings">
      <h2 id="dd-admin-settings">{{ 'admin.settings.title' | translate }}</h2>
      @if (settings(); as current) {
        <form class="form" (ngSubmit)="save(current)">
          <label>
            {{ 'admin.settings.reviewer' | translate }}
            <select name="reviewer" [(ngModel)]="current.reviewerUnitId">
              <option [ngValue]="null">{{ 'admin.settings.none' | translate }}</option>
              @for (unit of units(); track unit.id) {
                <option [ngValue]="unit.id">{{ unit.code }} — {{ unit.name }}</option>
              }
            </select>
          </label>
          <label>
            {{ 'admin.settings.approver' | translate }}
            <select name="approver" [(ngModel)]="current.approverUnitId">
              <option [ngValue]="null">{{ 'admin.settings.none' | translate }}</option>
              @for (unit of units(); track unit.id) {
                <option [ngValue]="unit.id">{{ unit.code }} — {{ unit.name }}</option>
              }
            </select>
          </label>
          <fieldset>
            <legend>{{ 'admin.settings.beforeDate' | translate }}</legend>
            <p class="hint" data-testid="before-date-hint">
              {{ 'admin.settings.beforeDateHint' | translate }}
            </p>
            <label class="check">
              <input
                type="radio"
                name="reading"
                value="previous_day"
                [(ngModel)]="current.beforeDateReading"
              />
              {{ 'admin.settings.previousDay' | translate }}
            </label>
            <label class="check">
              <input type="radio" name="reading" value="same_day" [(ngModel)]="current.beforeDateReading" />
              {{ 'admin.settings.sameDay' | translate }}
            </label>
          </fieldset>
          <label>
            {{ 'admin.settings.dueSoon' | translate }}
            <input
              type="number"
              name="dueSoon"
              min="0"
              max="60"
              required
              [(ngModel)]="current.dueSoonWorkingDays"
            />
          </label>
          <label>
            {{ 'admin.settings.digestHour' | translate }}
            <input
              type="number"
              name="digestHour"
              min="0"
              max="23"
              required
              [(ngModel)]="current.digestHour"
            />
          </label>
          <button type="submit" [disabled]="busy()">{{ 'admin.settings.save' | translate }}</button>
          @if (saved()) {
            <p role="status">{{ 'admin.settings.saved' | translate }}</p>
          }
        </form>
      }
      @if (failure(); as text) {
        <p class="failure" role="alert">{{ text }}</p>
      }
    </section>
  `,
})
export class SettingsSectionComponent {
  private readonly api = inject(AdminApi);
  private readonly work = new AdminWork();

  protected readonly settings = signal<WardSettingsDto | null>(null);
  protected readonly units = signal<AdminUnitDto[]>([]);
  protected readonly busy = this.work.busy;
  protected readonly saved = signal(false);
  protected readonly failure = this.work.failure;

  constructor() {
    void this.run(async () => {
      const [settings, units] = await Promise.all([this.api.settings(), this.api.units()]);
      this.units.set(units.filter((unit) => unit.active));
      this.settings.set({ ...settings });
    });
    // The reviewer and approver lists offer a unit as soon as the units section adds it; what is
    // chosen but not yet saved stays.
    onUnitChanges(
      () => void this.run(async () => this.units.set((await this.api.units()).filter((unit) => unit.active))),
    );
  }

  protected async save(current: WardSettingsDto): Promise<void> {
    await this.run(async () => {
      this.settings.set({
        ...(await this.api.saveSettings({
          ...current,
          dueSoonWorkingDays: Number(current.dueSoonWorkingDays),
          digestHour: Number(current.digestHour),
        })),
      });
      this.saved.set(true);
    });
  }

  /** "Saved" shows only until the next call. */
  private run(work: () => Promise<void>): Promise<void> {
    this.saved.set(false);
    return this.work.run(work);
  }
}
