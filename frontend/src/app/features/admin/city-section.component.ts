import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { CityPersonDto, CityWardDto, CreatedWardDto } from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { AdminWork } from './admin-work';
import { CityApi } from './city-api';

/**
 * For a city-level admin: the wards within reach, a new ward from the template with its first
 * admin (whose one-time password is shown here once), and which of the office's people may watch
 * which ward (each box grants or takes back at once; the server checks the reach).
 */
@Component({
  selector: 'dd-admin-city',
  imports: [FormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin.css',
  template: `
    <section class="panel" aria-labelledby="dd-admin-city" data-testid="admin-city">
      <h2 id="dd-admin-city">{{ 'wardsAdmin.city.title' | translate }}</h2>
      <h3>{{ 'wardsAdmin.city.wards' | translate }}</h3>
      <ul class="rows">
        @for (ward of wards(); track ward.id) {
          <li class="row" [attr.data-testid]="'city-ward-' + ward.code">
            <span class="code">{{ ward.code }}</span>
            <span class="name">{{ ward.name }}</span>
            <span class="meta">{{ ward.province }}</span>
            @if (ward.home) {
              <span class="meta">{{ 'wardsAdmin.city.home' | translate }}</span>
            }
          </li>
        }
      </ul>
      @if (created(); as made) {
        <div class="once" role="status" data-testid="city-created-ward">
          <p>{{ 'wardsAdmin.city.created' | translate: { name: made.ward.name } }}</p>
          <p>
            <span class="code">{{ made.adminUsername }}</span> <code>{{ made.oneTimePassword }}</code>
          </p>
          <button type="button" class="secondary" (click)="created.set(null)">
            {{ 'app.close' | translate }}
          </button>
        </div>
      }
      <form class="form" (ngSubmit)="create()" data-testid="city-ward-form">
        <h3>{{ 'wardsAdmin.city.createWard' | translate }}</h3>
        <label>
          {{ 'wardsAdmin.city.code' | translate }}
          <input name="code" [(ngModel)]="code" required maxlength="32" autocomplete="off" />
        </label>
        <label>
          {{ 'wardsAdmin.city.name' | translate }}
          <input name="name" [(ngModel)]="name" required maxlength="200" autocomplete="off" />
        </label>
        <label>
          {{ 'wardsAdmin.city.province' | translate }}
          <input name="province" [(ngModel)]="province" maxlength="200" autocomplete="off" />
        </label>
        <label>
          {{ 'wardsAdmin.city.adminUsername' | translate }}
          <input
            name="adminUsername"
            [(ngModel)]="adminUsername"
            required
            maxlength="64"
            autocomplete="off"
          />
        </label>
        <label>
          {{ 'wardsAdmin.city.adminFullName' | translate }}
          <input name="adminFullName" [(ngModel)]="adminFullName" maxlength="200" autocomplete="off" />
        </label>
        <p class="hint">{{ 'wardsAdmin.city.templateHint' | translate }}</p>
        <button type="submit" [disabled]="busy()">{{ 'wardsAdmin.city.create' | translate }}</button>
      </form>
      <h3>{{ 'wardsAdmin.city.grants' | translate }}</h3>
      <p class="hint">{{ 'wardsAdmin.city.grantsHint' | translate }}</p>
      @if (grantable().length === 0) {
        <p class="hint">{{ 'wardsAdmin.city.noWards' | translate }}</p>
      } @else {
        @for (person of people(); track person.id) {
          <fieldset [attr.data-testid]="'city-grants-' + person.username">
            <legend>{{ person.fullName }} ({{ person.username }})</legend>
            @for (ward of grantable(); track ward.id) {
              <label class="check">
                <input
                  type="checkbox"
                  [checked]="person.wardIds.includes(ward.id)"
                  [disabled]="busy()"
                  (change)="toggle(person, ward)"
                />
                {{ ward.code }} — {{ ward.name }}
              </label>
            }
          </fieldset>
        }
      }
      @if (failure(); as text) {
        <p class="failure" role="alert">{{ text }}</p>
      }
    </section>
  `,
})
export class CitySectionComponent {
  private readonly api = inject(CityApi);
  private readonly work = new AdminWork();

  protected readonly wards = signal<CityWardDto[]>([]);
  protected readonly people = signal<CityPersonDto[]>([]);
  protected readonly created = signal<CreatedWardDto | null>(null);
  protected readonly busy = this.work.busy;
  protected readonly failure = this.work.failure;
  /** A person's own office needs no grant. */
  protected readonly grantable = computed(() => this.wards().filter((ward) => !ward.home));
  protected code = '';
  protected name = '';
  protected province = '';
  protected adminUsername = '';
  protected adminFullName = '';

  constructor() {
    void this.run(() => this.load());
  }

  protected async create(): Promise<void> {
    await this.run(async () => {
      this.created.set(
        await this.api.createWard({
          code: this.code.trim(),
          name: this.name.trim(),
          province: this.province.trim(),
          adminUsername: this.adminUsername.trim().toLowerCase(),
          adminFullName: this.adminFullName.trim(),
        }),
      );
      this.code = '';
      this.name = '';
      this.province = '';
      this.adminUsername = '';
      this.adminFullName = '';
      await this.load();
    });
  }

  protected async toggle(person: CityPersonDto, ward: CityWardDto): Promise<void> {
    const granted = !person.wardIds.includes(ward.id);
    await this.run(async () => {
      await this.api.setGrant(person.id, ward.id, granted);
      this.people.update((people) =>
        people.map((entry) =>
          entry.id !== person.id
            ? entry
            : {
                ...entry,
                wardIds: granted ? [...entry.wardIds, ward.id] : entry.wardIds.filter((id) => id !== ward.id),
              },
        ),
      );
    });
  }

  private async load(): Promise<void> {
    const [wards, people] = await Promise.all([this.api.wards(), this.api.people()]);
    this.wards.set(wards);
    this.people.set(people);
  }

  /** After a failure, the box the person clicked shows the server's answer, not the click. */
  private run(work: () => Promise<void>): Promise<void> {
    return this.work.run(work, () => this.load());
  }
}
