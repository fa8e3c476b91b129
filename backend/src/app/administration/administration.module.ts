import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { TaskModelModule } from '../task-model/task-model.module';
import { AdminCalendarController } from './calendar/admin-calendar.controller';
import { CityAdministration } from './city/city-administration.service';
import { CityController } from './city/city.controller';
import { AdminGroupsController } from './groups/admin-groups.controller';
import { AdminGroups } from './groups/admin-groups.service';
import { AdminPeopleController } from './people/admin-people.controller';
import { AdminPeople } from './people/admin-people.service';
import { PeopleImport } from './people/people-import.service';
import { WardSettingsController } from './settings/ward-settings.controller';
import { AdminWardSettings } from './settings/ward-settings.service';
import { AdminUnitsController } from './units/admin-units.controller';
import { AdminUnits } from './units/admin-units.service';
import { NameUsesController } from './units/name-uses.controller';
import { NameUses } from './units/name-uses.service';

/**
 * A ward runs itself: its admin keeps the units, unit groups, people, settings and working calendar. Admin
 * only (403 for everyone else), always the caller's own ward (another ward's ids are a 404). A
 * city-level admin also creates wards and grants their office's people access to the wards of
 * their reach (/api/city).
 */
@Module({
  imports: [AuthModule, TaskModelModule],
  controllers: [
    AdminUnitsController,
    AdminGroupsController,
    AdminPeopleController,
    WardSettingsController,
    AdminCalendarController,
    CityController,
    NameUsesController,
  ],
  providers: [
    AdminUnits,
    AdminGroups,
    AdminPeople,
    PeopleImport,
    AdminWardSettings,
    CityAdministration,
    NameUses,
  ],
})
export class AdministrationModule {}
