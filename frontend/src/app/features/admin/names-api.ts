import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ADMIN_API, type AdminUnitDto, type AdminUnitGroupDto, type NameUsesDto } from '@dondoc/contracts';
import { firstValueFrom } from 'rxjs';

/** The ward's catalog of names: unit aliases, unit groups with their wordings, and where each was met. */
@Injectable({ providedIn: 'root' })
export class NamesApi {
  private readonly http = inject(HttpClient);

  groups(): Promise<AdminUnitGroupDto[]> {
    return firstValueFrom(this.http.get<AdminUnitGroupDto[]>(ADMIN_API.groups));
  }

  uses(): Promise<NameUsesDto> {
    return firstValueFrom(this.http.get<NameUsesDto>(ADMIN_API.nameUses));
  }

  setUnitAliases(unitId: string, aliases: string[]): Promise<AdminUnitDto> {
    return firstValueFrom(this.http.put<AdminUnitDto>(ADMIN_API.unitAliases(unitId), { aliases }));
  }

  createGroup(group: Omit<AdminUnitGroupDto, 'id'>): Promise<AdminUnitGroupDto> {
    return firstValueFrom(this.http.post<AdminUnitGroupDto>(ADMIN_API.groups, group));
  }

  deleteGroup(groupId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(ADMIN_API.group(groupId)));
  }

  saveGroup(group: AdminUnitGroupDto): Promise<AdminUnitGroupDto> {
    const { name, aliases, members } = group;
    return firstValueFrom(
      this.http.put<AdminUnitGroupDto>(ADMIN_API.group(group.id), { name, aliases, members }),
    );
  }
}
