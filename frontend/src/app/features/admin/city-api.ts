import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CITY_API,
  type CityGrantDto,
  type CityPersonDto,
  type CityWardDto,
  type CreatedWardDto,
  type CreateWardRequest,
} from '@dondoc/contracts';
import { firstValueFrom } from 'rxjs';

/** The city-level administration routes (/api/city), as promises: each is one request and one answer. */
@Injectable({ providedIn: 'root' })
export class CityApi {
  private readonly http = inject(HttpClient);

  wards(): Promise<CityWardDto[]> {
    return firstValueFrom(this.http.get<CityWardDto[]>(CITY_API.wards));
  }

  createWard(ward: CreateWardRequest): Promise<CreatedWardDto> {
    return firstValueFrom(this.http.post<CreatedWardDto>(CITY_API.wards, ward));
  }

  people(): Promise<CityPersonDto[]> {
    return firstValueFrom(this.http.get<CityPersonDto[]>(CITY_API.people));
  }

  setGrant(userId: string, wardId: string, granted: boolean): Promise<CityGrantDto> {
    const path = CITY_API.grant(userId, wardId);
    return firstValueFrom(
      granted ? this.http.put<CityGrantDto>(path, {}) : this.http.delete<CityGrantDto>(path),
    );
  }
}
