import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { Session } from '../../core/auth/session';
import { PlansSectionComponent } from '../hand-plans/plans-section.component';
import { CalendarSectionComponent } from './calendar-section.component';
import { CitySectionComponent } from './city-section.component';
import { NamesSectionComponent } from './names-section.component';
import { PeopleSectionComponent } from './people-section.component';
import { SettingsSectionComponent } from './settings-section.component';
import { UnitChanges } from './unit-changes';
import { UnitsSectionComponent } from './units-section.component';

/**
 * `/quan-tri`: the ward's admin keeps its units, people, settings and working calendar, and a city-level
 * admin also its wards and grants (the server checks the role).
 */
@Component({
  selector: 'dd-admin-page',
  imports: [
    TranslatePipe,
    UnitsSectionComponent,
    PeopleSectionComponent,
    SettingsSectionComponent,
    CalendarSectionComponent,
    PlansSectionComponent,
    CitySectionComponent,
    NamesSectionComponent,
  ],
  providers: [UnitChanges],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin.css',
  template: `
    <div class="page" data-testid="admin-page">
      <h1>{{ 'admin.title' | translate }}</h1>
      <!-- A unit added or edited here reaches the sections below through UnitChanges. -->
      <dd-admin-units />
      <dd-admin-names />
      <dd-admin-people />
      <dd-admin-settings />
      <dd-admin-calendar />
      <dd-admin-plans />
      @if (cityAdmin()) {
        <dd-admin-city />
      }
    </div>
  `,
})
export class AdminPage {
  private readonly session = inject(Session);

  /** City-level administration shows only to a city-level admin (the server checks it again). */
  protected readonly cityAdmin = computed(() => this.session.user()?.roles.includes('city_admin') ?? false);
}
