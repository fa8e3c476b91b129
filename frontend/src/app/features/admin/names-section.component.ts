import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { AdminUnitDto, AdminUnitGroupDto, NameUseDto, NameUsesDto } from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { AdminApi } from './admin-api';
import { AdminWork } from './admin-work';
import { GroupCreateFormComponent } from './group-create-form.component';
import { NamesApi } from './names-api';
import { onUnitChanges } from './unit-changes';

/**
 * How the plans name the ward's units and groups: each unit's aliases and each group's members and
 * wordings, every name with the plans it was met in, so an admin sees why a spelling is there
 * before removing it; a spelling is added or removed here (the plan reader uses it from the next
 * import on). A group is created here too, and deleted once the admin confirms (its units stay).
 */
@Component({
  selector: 'dd-admin-names',
  imports: [FormsModule, NgTemplateOutlet, TranslatePipe, GroupCreateFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin.css',
  template: `
    <section class="panel" aria-labelledby="dd-admin-names" data-testid="admin-names">
      <h2 id="dd-admin-names">{{ 'wardsAdmin.uses.title' | translate }}</h2>
      <!-- A name, and the plans it was met in: the same for a unit's alias and a group's wording. -->
      <ng-template #metIn let-use>
        <span>«{{ use.name }}»</span>
        @if (use.plans.length === 0) {
          <span class="meta">{{ 'wardsAdmin.uses.none' | translate }}</span>
        } @else {
          <span class="meta">{{ 'wardsAdmin.uses.metIn' | translate }} {{ plansOf(use) }}</span>
        }
      </ng-template>
      <ul class="rows">
        @for (unit of units(); track unit.id) {
          <li class="row names" [attr.data-testid]="'names-unit-' + unit.code">
            <span class="code">{{ unit.code }}</span>
            <span class="name">{{ unit.name }}</span>
            <ul class="uses">
              @for (use of unitUses(unit.id); track use.name) {
                <li>
                  <ng-container *ngTemplateOutlet="metIn; context: { $implicit: use }" />
                  <button
                    type="button"
                    class="secondary"
                    [disabled]="busy()"
                    [attr.aria-label]="('wardsAdmin.uses.remove' | translate) + ' ' + use.name"
                    (click)="removeAlias(unit, use.name)"
                  >
                    {{ 'wardsAdmin.uses.remove' | translate }}
                  </button>
                </li>
              }
            </ul>
            <form class="inline" (ngSubmit)="addAlias(unit)">
              <label>
                {{ 'wardsAdmin.uses.newAlias' | translate }}
                <input
                  [name]="'alias-' + unit.id"
                  [(ngModel)]="drafts[unit.id]"
                  maxlength="300"
                  autocomplete="off"
                />
              </label>
              <button type="submit" [disabled]="busy()">{{ 'wardsAdmin.uses.add' | translate }}</button>
            </form>
          </li>
        }
      </ul>
      <h3>{{ 'wardsAdmin.uses.groups' | translate }}</h3>
      <ul class="rows">
        @for (group of groups(); track group.id) {
          <li class="row names" [attr.data-testid]="'names-group-' + group.name">
            <span class="name code">{{ group.name }}</span>
            <span class="meta">
              {{ 'wardsAdmin.uses.members' | translate }}:
              @if (group.members === 'all') {
                {{ 'wardsAdmin.uses.allUnits' | translate }}
              } @else if (group.members.length === 0) {
                {{ 'wardsAdmin.uses.outside' | translate }}
              } @else {
                {{ memberCodes(group.members) }}
              }
            </span>
            <ul class="uses">
              @for (use of groupUses(group.id); track use.name) {
                <li>
                  <ng-container *ngTemplateOutlet="metIn; context: { $implicit: use }" />
                  @if (use.name !== group.name) {
                    <button
                      type="button"
                      class="secondary"
                      [disabled]="busy()"
                      [attr.aria-label]="('wardsAdmin.uses.remove' | translate) + ' ' + use.name"
                      (click)="removeWording(group, use.name)"
                    >
                      {{ 'wardsAdmin.uses.remove' | translate }}
                    </button>
                  }
                </li>
              }
            </ul>
            <form class="inline" (ngSubmit)="addWording(group)">
              <label>
                {{ 'wardsAdmin.uses.newWording' | translate }}
                <input
                  [name]="'wording-' + group.id"
                  [(ngModel)]="drafts[group.id]"
                  maxlength="500"
                  autocomplete="off"
                />
              </label>
              <button type="submit" [disabled]="busy()">{{ 'wardsAdmin.uses.add' | translate }}</button>
            </form>
            @if (deleting() === group.id) {
              <div class="confirm" role="group" [attr.aria-labelledby]="'delete-question-' + group.id">
                <p [id]="'delete-question-' + group.id">
                  {{ 'wardsAdmin.manage.deleteQuestion' | translate: { name: group.name } }}
                </p>
                <button
                  type="button"
                  [disabled]="busy()"
                  [id]="'delete-confirm-' + group.id"
                  data-testid="group-delete-confirm"
                  (click)="deleteGroup(group)"
                >
                  {{ 'wardsAdmin.manage.deleteConfirm' | translate }}
                </button>
                <button type="button" class="secondary" (click)="stopDeleting(group.id)">
                  {{ 'wardsAdmin.manage.cancel' | translate }}
                </button>
              </div>
            } @else {
              <button
                type="button"
                class="secondary"
                [disabled]="busy()"
                [id]="'delete-open-' + group.id"
                [attr.aria-label]="('wardsAdmin.manage.deleteGroup' | translate) + ' ' + group.name"
                data-testid="group-delete"
                (click)="askToDelete(group.id)"
              >
                {{ 'wardsAdmin.manage.deleteGroup' | translate }}
              </button>
            }
          </li>
        }
      </ul>
      <dd-admin-group-create [units]="units()" (created)="groupCreated()" />
      @if (failure(); as text) {
        <p class="failure" role="alert">{{ text }}</p>
      }
    </section>
  `,
  styles: `
    .names {
      align-items: flex-start;
    }
    .uses {
      flex-basis: 100%;
      margin: 0;
      padding-left: 1rem;
      display: grid;
      gap: 0.25rem;
    }
    .uses li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
    }
    .inline {
      flex-basis: 100%;
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.5rem;
    }
    .confirm {
      flex-basis: 100%;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .confirm p {
      flex-basis: 100%;
      margin: 0;
    }
    .inline label {
      display: grid;
      gap: 0.25rem;
      flex: 1 1 14rem;
    }
  `,
})
export class NamesSectionComponent {
  private readonly admin = inject(AdminApi);
  private readonly api = inject(NamesApi);
  private readonly work = new AdminWork();
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly units = signal<AdminUnitDto[]>([]);
  protected readonly groups = signal<AdminUnitGroupDto[]>([]);
  private readonly uses = signal<NameUsesDto>({ units: [], groups: [] });
  protected readonly busy = this.work.busy;
  protected readonly failure = this.work.failure;
  /** What is typed in each unit's or group's "new name" box, by its id. */
  protected readonly drafts: Record<string, string> = {};
  /** The group whose deletion waits for the admin's confirmation, if any. */
  protected readonly deleting = signal<string | null>(null);
  private readonly codeOf = computed(() => new Map(this.units().map((unit) => [unit.id, unit.code])));

  constructor() {
    void this.work.run(() => this.load());
    // A unit added or edited in the units section is at once a member a group can take.
    onUnitChanges(() => void this.work.run(() => this.load()));
  }

  protected unitUses(unitId: string): NameUseDto[] {
    return this.uses().units.find((entry) => entry.unitId === unitId)?.uses ?? [];
  }

  protected groupUses(groupId: string): NameUseDto[] {
    return this.uses().groups.find((entry) => entry.groupId === groupId)?.uses ?? [];
  }

  protected plansOf(use: NameUseDto): string {
    return use.plans.map((plan) => plan.symbol || plan.title).join(', ');
  }

  protected memberCodes(members: readonly string[]): string {
    return members.map((id) => this.codeOf().get(id) ?? id).join(', ');
  }

  protected async addAlias(unit: AdminUnitDto): Promise<void> {
    const alias = (this.drafts[unit.id] ?? '').trim();
    if (alias === '') return;
    await this.work.run(async () => {
      await this.api.setUnitAliases(unit.id, [...unit.aliases, alias]);
      this.drafts[unit.id] = '';
      await this.load();
    });
  }

  protected async removeAlias(unit: AdminUnitDto, alias: string): Promise<void> {
    await this.work.run(async () => {
      await this.api.setUnitAliases(
        unit.id,
        unit.aliases.filter((entry) => entry !== alias),
      );
      await this.load();
    });
  }

  protected async addWording(group: AdminUnitGroupDto): Promise<void> {
    const wording = (this.drafts[group.id] ?? '').trim();
    if (wording === '') return;
    await this.work.run(async () => {
      await this.api.saveGroup({ ...group, aliases: [...group.aliases, wording] });
      this.drafts[group.id] = '';
      await this.load();
    });
  }

  protected async removeWording(group: AdminUnitGroupDto, wording: string): Promise<void> {
    await this.work.run(async () => {
      await this.api.saveGroup({ ...group, aliases: group.aliases.filter((entry) => entry !== wording) });
      await this.load();
    });
  }

  protected askToDelete(groupId: string): void {
    this.deleting.set(groupId);
    this.focusAfterRender(`delete-confirm-${groupId}`);
  }

  protected stopDeleting(groupId: string): void {
    this.deleting.set(null);
    this.focusAfterRender(`delete-open-${groupId}`);
  }

  protected async deleteGroup(group: AdminUnitGroupDto): Promise<void> {
    await this.work.run(async () => {
      await this.api.deleteGroup(group.id);
      this.deleting.set(null);
      await this.load();
    });
  }

  protected async groupCreated(): Promise<void> {
    await this.work.run(() => this.load());
  }

  /** The keyboard follows the question (to its answer) and back (to the button that asked it). */
  private focusAfterRender(id: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`[id="${id}"]`)?.focus(), {
      injector: this.injector,
    });
  }

  private async load(): Promise<void> {
    const [units, groups, uses] = await Promise.all([this.admin.units(), this.api.groups(), this.api.uses()]);
    this.units.set(units);
    this.groups.set(groups);
    this.uses.set(uses);
  }
}
