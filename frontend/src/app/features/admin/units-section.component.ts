import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { type AdminUnitDto, UNIT_KINDS, type UnitKind } from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { AdminApi } from './admin-api';
import { AdminWork } from './admin-work';
import { UnitChanges } from './unit-changes';
import { UnitEditFormComponent } from './unit-edit-form.component';

/**
 * The ward's units: listed with their code, kind and state; a new one added; one renamed, recoded or
 * reclassified; one (de)activated.
 */
@Component({
  selector: 'dd-admin-units',
  imports: [FormsModule, TranslatePipe, UnitEditFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin.css',
  template: `
    <section class="panel" aria-labelledby="dd-admin-units" data-testid="admin-units">
      <h2 id="dd-admin-units">{{ 'admin.units.title' | translate }}</h2>
      <ul class="rows">
        @for (unit of units(); track unit.id) {
          <li class="row" [class.inactive]="!unit.active" [attr.data-testid]="'admin-unit-' + unit.code">
            <span class="code">{{ unit.code }}</span>
            <span class="name">{{ unit.name }}</span>
            <span class="meta">{{
              (unit.kind ? 'admin.units.kinds.' + unit.kind : 'admin.units.noKind') | translate
            }}</span>
            @if (!unit.active) {
              <span class="meta">{{ 'admin.inactive' | translate }}</span>
            }
            <button
              type="button"
              class="secondary"
              [attr.aria-expanded]="editing() === unit.id"
              [attr.aria-label]="('wardsAdmin.manage.editUnit' | translate) + ' ' + unit.code"
              [id]="'admin-unit-edit-open-' + unit.id"
              [attr.data-testid]="'admin-unit-edit-open-' + unit.code"
              (click)="editing.set(editing() === unit.id ? null : unit.id)"
            >
              {{ 'wardsAdmin.manage.edit' | translate }}
            </button>
            <button
              type="button"
              class="secondary"
              [attr.data-testid]="'admin-unit-toggle-' + unit.code"
              (click)="toggle(unit)"
            >
              {{ (unit.active ? 'admin.deactivate' : 'admin.reactivate') | translate }}
            </button>
            @if (editing() === unit.id) {
              <dd-admin-unit-edit [unit]="unit" (saved)="edited($event)" (cancelled)="closeEdit(unit.id)" />
            }
          </li>
        }
      </ul>
      <form class="form" (ngSubmit)="create()" data-testid="admin-unit-form">
        <h3>{{ 'admin.units.add' | translate }}</h3>
        <label>
          {{ 'admin.units.code' | translate }}
          <input name="code" [(ngModel)]="code" required maxlength="32" autocomplete="off" />
        </label>
        <label>
          {{ 'admin.units.name' | translate }}
          <input name="name" [(ngModel)]="name" required maxlength="300" autocomplete="off" />
        </label>
        <label>
          {{ 'admin.units.kind' | translate }}
          <select name="kind" [(ngModel)]="kind">
            @for (option of kinds; track option) {
              <option [value]="option">{{ 'admin.units.kinds.' + option | translate }}</option>
            }
          </select>
        </label>
        <button type="submit" [disabled]="busy()">{{ 'admin.units.create' | translate }}</button>
      </form>
      @if (failure(); as text) {
        <div class="failure" role="alert" data-testid="admin-units-failure">
          <p>{{ text }}</p>
          <!-- A refused deactivation names the open tasks the unit still leads. -->
          @if (failureDetails().length > 0) {
            <ul>
              @for (detail of failureDetails(); track $index) {
                <li>{{ detail }}</li>
              }
            </ul>
          }
        </div>
      }
    </section>
  `,
})
export class UnitsSectionComponent {
  private readonly api = inject(AdminApi);
  private readonly work = new AdminWork();
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** A unit was added, edited or (de)activated: the sections that list units read them again. */
  private readonly unitChanges = inject(UnitChanges, { optional: true });

  protected readonly kinds = UNIT_KINDS;
  protected readonly units = signal<AdminUnitDto[]>([]);
  protected readonly busy = this.work.busy;
  protected readonly failure = this.work.failure;
  protected readonly failureDetails = this.work.failureDetails;
  /** The unit whose edit form is open, if any: one at a time. */
  protected readonly editing = signal<string | null>(null);
  protected code = '';
  protected name = '';
  protected kind: UnitKind = 'specialist';

  constructor() {
    void this.load();
  }

  async load(): Promise<void> {
    await this.work.run(async () => this.units.set(await this.api.units()));
  }

  protected async create(): Promise<void> {
    await this.work.run(async () => {
      await this.api.createUnit({ code: this.code.trim(), name: this.name.trim(), kind: this.kind });
      this.code = '';
      this.name = '';
      this.units.set(await this.api.units());
      this.unitChanges?.announce();
    });
  }

  protected edited(changed: AdminUnitDto): void {
    this.units.update((units) =>
      units.map((entry) => (entry.id === changed.id ? changed : entry)).sort(byCode),
    );
    this.closeEdit(changed.id);
    this.unitChanges?.announce();
  }

  /** Closes the edit form and gives the keyboard back to the button that opened it. */
  protected closeEdit(unitId: string): void {
    this.editing.set(null);
    afterNextRender(
      () =>
        this.host.nativeElement.querySelector<HTMLElement>(`[id="admin-unit-edit-open-${unitId}"]`)?.focus(),
      {
        injector: this.injector,
      },
    );
  }

  protected async toggle(unit: AdminUnitDto): Promise<void> {
    await this.work.run(async () => {
      const changed = await this.api.setUnitActive(unit.id, !unit.active);
      this.units.update((units) => units.map((entry) => (entry.id === changed.id ? changed : entry)));
      this.unitChanges?.announce();
    });
  }
}

function byCode(left: AdminUnitDto, right: AdminUnitDto): number {
  return left.code.localeCompare(right.code);
}
