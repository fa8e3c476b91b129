import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { AdminUnitDto, AdminUserDto, OneTimePasswordDto } from '@dondoc/contracts';
import { type Role, WARD_ROLES } from '@dondoc/domain';
import { TranslatePipe } from '@ngx-translate/core';
import { AdminApi } from './admin-api';
import { AdminWork } from './admin-work';
import { PeopleImportComponent } from './people-import.component';
import { onUnitChanges } from './unit-changes';

/**
 * The ward's people: listed with their unit, roles and state; a new one created, one deactivated
 * or given a new one-time password. One-time passwords are shown here once and never again.
 */
@Component({
  selector: 'dd-admin-people',
  imports: [FormsModule, TranslatePipe, PeopleImportComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin.css',
  template: `
    <section class="panel" aria-labelledby="dd-admin-people" data-testid="admin-people">
      <h2 id="dd-admin-people">{{ 'admin.people.title' | translate }}</h2>
      @if (passwords().length > 0) {
        <div class="once" role="status" data-testid="admin-one-time-passwords">
          <p>{{ 'admin.people.shownOnce' | translate }}</p>
          <ul>
            @for (entry of passwords(); track entry.username) {
              <li>
                <span class="code">{{ entry.username }}</span> <code>{{ entry.oneTimePassword }}</code>
              </li>
            }
          </ul>
          <button type="button" class="secondary" (click)="passwords.set([])">
            {{ 'app.close' | translate }}
          </button>
        </div>
      }
      <ul class="rows">
        @for (person of people(); track person.id) {
          <li
            class="row"
            [class.inactive]="!person.active"
            [attr.data-testid]="'admin-person-' + person.username"
          >
            <span class="code">{{ person.username }}</span>
            <span class="name">{{ person.fullName }}</span>
            <span class="meta">{{ unitCode(person.unitId) }}</span>
            <span class="meta">
              @for (role of person.roles; track role) {
                <span class="role">{{ 'admin.roles.' + role | translate }}</span>
              }
            </span>
            @if (!person.active) {
              <span class="meta">{{ 'admin.inactive' | translate }}</span>
            }
            <button type="button" class="secondary" (click)="toggle(person)">
              {{ (person.active ? 'admin.deactivate' : 'admin.reactivate') | translate }}
            </button>
            <button type="button" class="secondary" (click)="reset(person)">
              {{ 'admin.people.resetPassword' | translate }}
            </button>
          </li>
        }
      </ul>
      <form class="form" (ngSubmit)="create()" data-testid="admin-person-form">
        <h3>{{ 'admin.people.add' | translate }}</h3>
        <label>
          {{ 'admin.people.username' | translate }}
          <input
            name="username"
            type="text"
            [(ngModel)]="username"
            required
            maxlength="64"
            autocomplete="off"
          />
        </label>
        <label>
          {{ 'admin.people.fullName' | translate }}
          <input
            name="fullName"
            type="text"
            [(ngModel)]="fullName"
            required
            maxlength="200"
            autocomplete="off"
          />
        </label>
        <label>
          {{ 'admin.people.unit' | translate }}
          <select name="unitId" [(ngModel)]="unitId">
            <option [ngValue]="null">{{ 'admin.people.noUnit' | translate }}</option>
            @for (unit of activeUnits(); track unit.id) {
              <option [ngValue]="unit.id">{{ unit.code }} — {{ unit.name }}</option>
            }
          </select>
        </label>
        <fieldset>
          <legend>{{ 'admin.people.roles' | translate }}</legend>
          @for (role of roles; track role) {
            <label class="check">
              <input type="checkbox" [checked]="chosen().includes(role)" (change)="choose(role)" />
              {{ 'admin.roles.' + role | translate }}
            </label>
          }
        </fieldset>
        <label>
          {{ 'admin.people.email' | translate }}
          <input name="email" type="email" [(ngModel)]="email" maxlength="200" autocomplete="off" />
        </label>
        <button type="submit" [disabled]="busy()">{{ 'admin.people.create' | translate }}</button>
      </form>
      @if (failure(); as text) {
        <p class="failure" role="alert">{{ text }}</p>
      }
      <dd-admin-people-import (created)="imported($event)" />
    </section>
  `,
})
export class PeopleSectionComponent {
  private readonly api = inject(AdminApi);
  private readonly work = new AdminWork();

  protected readonly roles = WARD_ROLES;
  protected readonly people = signal<AdminUserDto[]>([]);
  protected readonly units = signal<AdminUnitDto[]>([]);
  protected readonly passwords = signal<OneTimePasswordDto[]>([]);
  protected readonly chosen = signal<Role[]>(['staff']);
  protected readonly busy = this.work.busy;
  protected readonly failure = this.work.failure;
  protected username = '';
  protected fullName = '';
  protected unitId: string | null = null;
  protected email = '';

  constructor() {
    void this.load();
    // A unit added in the units section of the same page is at once one a person can join.
    onUnitChanges(() => void this.work.run(async () => this.units.set(await this.api.units())));
  }

  async load(): Promise<void> {
    await this.work.run(async () => {
      const [people, units] = await Promise.all([this.api.people(), this.api.units()]);
      this.people.set(people);
      this.units.set(units);
    });
  }

  protected activeUnits(): AdminUnitDto[] {
    return this.units().filter((unit) => unit.active);
  }

  protected unitCode(unitId: string | null): string {
    return this.units().find((unit) => unit.id === unitId)?.code ?? '—';
  }

  protected choose(role: Role): void {
    this.chosen.update((roles) =>
      roles.includes(role) ? roles.filter((entry) => entry !== role) : [...roles, role],
    );
  }

  protected async create(): Promise<void> {
    await this.work.run(async () => {
      const created = await this.api.createPerson({
        username: this.username.trim().toLowerCase(),
        fullName: this.fullName.trim(),
        unitId: this.unitId,
        roles: this.chosen(),
        email: this.email.trim() || null,
      });
      this.passwords.set([{ username: created.user.username, oneTimePassword: created.oneTimePassword }]);
      this.username = '';
      this.fullName = '';
      this.email = '';
      this.people.set(await this.api.people());
    });
  }

  protected async toggle(person: AdminUserDto): Promise<void> {
    await this.work.run(async () => {
      const changed = await this.api.setPersonActive(person.id, !person.active);
      this.people.update((people) => people.map((entry) => (entry.id === changed.id ? changed : entry)));
    });
  }

  protected async reset(person: AdminUserDto): Promise<void> {
    await this.work.run(async () => {
      this.passwords.set([await this.api.resetPassword(person.id)]);
      this.people.set(await this.api.people());
    });
  }

  protected async imported(created: OneTimePasswordDto[]): Promise<void> {
    this.passwords.set(created);
    await this.load();
  }
}
