import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { AdminUnitDto, AdminUnitGroupDto } from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { AdminWork } from './admin-work';
import { NamesApi } from './names-api';

/**
 * A new group of units (POST /api/admin/groups): its name, its members (every active unit, the
 * ticked ones, or none for a body outside the ward) and the wordings plans use for it, one a line.
 */
@Component({
  selector: 'dd-admin-group-create',
  imports: [FormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin.css',
  template: `
    <form class="form" (ngSubmit)="create()" data-testid="admin-group-form">
      <h4>{{ 'wardsAdmin.manage.newGroup' | translate }}</h4>
      <label>
        {{ 'wardsAdmin.manage.groupName' | translate }}
        <input type="text" name="groupName" [(ngModel)]="name" required maxlength="300" autocomplete="off" />
      </label>
      <fieldset>
        <legend>{{ 'wardsAdmin.uses.members' | translate }}</legend>
        <label class="check">
          <input
            type="checkbox"
            name="allUnits"
            [checked]="everyUnit()"
            (change)="everyUnit.set(!everyUnit())"
          />
          {{ 'wardsAdmin.uses.allUnits' | translate }}
        </label>
        @for (unit of activeUnits(); track unit.id) {
          <label class="check">
            <input
              type="checkbox"
              [attr.data-unit]="unit.code"
              [disabled]="everyUnit()"
              [checked]="chosen().includes(unit.id)"
              (change)="choose(unit.id)"
            />
            {{ unit.code }} — {{ unit.name }}
          </label>
        }
        <p class="hint">{{ 'wardsAdmin.manage.noMembersHint' | translate }}</p>
      </fieldset>
      <label>
        {{ 'wardsAdmin.manage.wordings' | translate }}
        <textarea name="wordings" [(ngModel)]="wordings" rows="3"></textarea>
      </label>
      @if (failure(); as text) {
        <p class="failure" role="alert" data-testid="admin-group-failure">{{ text }}</p>
      }
      <button type="submit" [disabled]="busy()">{{ 'wardsAdmin.manage.createGroup' | translate }}</button>
    </form>
  `,
  styles: `
    h4 {
      margin: 0;
    }
    textarea {
      resize: vertical;
    }
  `,
})
export class GroupCreateFormComponent {
  private readonly api = inject(NamesApi);
  private readonly work = new AdminWork();

  readonly units = input.required<AdminUnitDto[]>();
  readonly created = output<AdminUnitGroupDto>();

  protected readonly activeUnits = computed(() => this.units().filter((unit) => unit.active));
  protected readonly everyUnit = signal(false);
  protected readonly chosen = signal<string[]>([]);
  protected readonly busy = this.work.busy;
  protected readonly failure = this.work.failure;
  protected name = '';
  protected wordings = '';

  protected choose(unitId: string): void {
    this.chosen.update((ids) =>
      ids.includes(unitId) ? ids.filter((id) => id !== unitId) : [...ids, unitId],
    );
  }

  protected async create(): Promise<void> {
    await this.work.run(async () => {
      const group = await this.api.createGroup({
        name: this.name.trim(),
        aliases: linesOf(this.wordings),
        members: this.everyUnit() ? 'all' : this.chosen(),
      });
      this.name = '';
      this.wordings = '';
      this.everyUnit.set(false);
      this.chosen.set([]);
      this.created.emit(group);
    });
  }
}

/** The wordings typed one a line, without blank lines or repeats. */
function linesOf(text: string): string[] {
  const lines = text.split('\n').map((line) => line.trim());
  return [...new Set(lines.filter((line) => line !== ''))];
}
