import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { PlansSectionComponent } from '../hand-plans/plans-section.component';
import { CalendarSectionComponent } from './calendar-section.component';
import { PeopleSectionComponent } from './people-section.component';
import { SettingsSectionComponent } from './settings-section.component';
import { UnitsSectionComponent } from './units-section.component';

/** `/quan-tri`: the ward's admin keeps its units, people, settings and working calendar (the server checks the role). */
@Component({
  selector: 'dd-admin-page',
  imports: [
    TranslatePipe,
    UnitsSectionComponent,
    PeopleSectionComponent,
    SettingsSectionComponent,
    CalendarSectionComponent,
    PlansSectionComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin.css',
  template: `
    <div class="page" data-testid="admin-page">
      <h1>{{ 'admin.title' | translate }}</h1>
      <dd-admin-units />
      <dd-admin-people />
      <dd-admin-settings />
      <dd-admin-calendar />
      <dd-admin-plans />
    </div>
  `,
})
export class AdminPage {}
