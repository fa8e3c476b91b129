import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ADMIN_API,
  type AdminCalendarDto,
  type AdminUnitDto,
  type AdminUserDto,
  type CreatedUserDto,
  type OneTimePasswordDto,
  PEOPLE_SHEET_FIELD,
  type PeopleImportPreviewDto,
  type PeopleImportResultDto,
  type UnitKind,
  type WardSettingsDto,
} from '@dondoc/contracts';
import type { CalendarYear } from '@dondoc/deadlines';
import type { Role } from '@dondoc/domain';
import { firstValueFrom } from 'rxjs';

export interface NewUnit {
  code: string;
  name: string;
  kind: UnitKind;
}

/** What the unit edit form sends: a unit without a kind may keep none. */
export interface UnitChanges {
  code: string;
  name: string;
  kind?: UnitKind;
}

export interface NewPerson {
  username: string;
  fullName: string;
  unitId: string | null;
  roles: Role[];
  email: string | null;
}

/** The administration routes (/api/admin), as promises: each is one request and one answer. */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);

  units(): Promise<AdminUnitDto[]> {
    return firstValueFrom(this.http.get<AdminUnitDto[]>(ADMIN_API.units));
  }

  createUnit(unit: NewUnit): Promise<AdminUnitDto> {
    return firstValueFrom(this.http.post<AdminUnitDto>(ADMIN_API.units, unit));
  }

  updateUnit(unitId: string, changes: UnitChanges): Promise<AdminUnitDto> {
    return firstValueFrom(this.http.patch<AdminUnitDto>(ADMIN_API.unit(unitId), changes));
  }

  setUnitActive(unitId: string, active: boolean): Promise<AdminUnitDto> {
    const path = active ? ADMIN_API.unitReactivate(unitId) : ADMIN_API.unitDeactivate(unitId);
    return firstValueFrom(this.http.post<AdminUnitDto>(path, {}));
  }

  people(): Promise<AdminUserDto[]> {
    return firstValueFrom(this.http.get<AdminUserDto[]>(ADMIN_API.users));
  }

  createPerson(person: NewPerson): Promise<CreatedUserDto> {
    return firstValueFrom(this.http.post<CreatedUserDto>(ADMIN_API.users, person));
  }

  setPersonActive(userId: string, active: boolean): Promise<AdminUserDto> {
    const path = active ? ADMIN_API.userReactivate(userId) : ADMIN_API.userDeactivate(userId);
    return firstValueFrom(this.http.post<AdminUserDto>(path, {}));
  }

  resetPassword(userId: string): Promise<OneTimePasswordDto> {
    return firstValueFrom(this.http.post<OneTimePasswordDto>(ADMIN_API.userPasswordReset(userId), {}));
  }

  previewPeople(file: File): Promise<PeopleImportPreviewDto> {
    return firstValueFrom(
      this.http.post<PeopleImportPreviewDto>(ADMIN_API.usersImportPreview, sheetForm(file)),
    );
  }

  importPeople(file: File): Promise<PeopleImportResultDto> {
    return firstValueFrom(this.http.post<PeopleImportResultDto>(ADMIN_API.usersImport, sheetForm(file)));
  }

  settings(): Promise<WardSettingsDto> {
    return firstValueFrom(this.http.get<WardSettingsDto>(ADMIN_API.settings));
  }

  saveSettings(settings: WardSettingsDto): Promise<WardSettingsDto> {
    return firstValueFrom(this.http.put<WardSettingsDto>(ADMIN_API.settings, settings));
  }

  calendar(): Promise<AdminCalendarDto> {
    return firstValueFrom(this.http.get<AdminCalendarDto>(ADMIN_API.calendar));
  }

  confirmYear(year: number, source: string): Promise<CalendarYear> {
    return firstValueFrom(this.http.post<CalendarYear>(ADMIN_API.calendarConfirm, { year, source }));
  }
}

function sheetForm(file: File): FormData {
  const form = new FormData();
  form.append(PEOPLE_SHEET_FIELD, file, file.name);
  return form;
}
