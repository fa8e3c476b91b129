import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  type OnInit,
  afterNextRender,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { type AdminUnitDto, UNIT_KINDS, type UnitKind } from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { AdminApi } from './admin-api';
import { AdminWork } from './admin-work';

/**
 * One unit renamed, given another short code or another kind (PATCH /api/admin/units/:id). A
 * refusal (a code another unit has) stays in the form with what was typed, so it can be mended.
 */
@Component({
  selector: 'dd-admin-unit-edit',
  imports: [FormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin.css',
  template: `
    <form class="form edit" (ngSubmit)="save()" [attr.data-testid]="'admin-unit-edit-' + unit().code">
      <label>
        {{ 'admin.units.code' | translate }}
        <input #first type="text" name="code" [(ngModel)]="code" required maxlength="32" autocomplete="off" />
      </label>
      <label>
        {{ 'admin.units.name' | translate }}
        <input type="text" name="name" [(ngModel)]="name" required maxlength="300" autocomplete="off" />
      </label>
      <label>
        {{ 'admin.units.kind' | translate }}
        <select name="kind" [(ngModel)]="kind">
          @if (unit().kind === null) {
            <option value="">{{ 'admin.units.noKind' | translate }}</option>
          }
          @for (option of kinds; track option) {
            <option [value]="option">{{ 'admin.units.kinds.' + option | translate }}</option>
          }
        </select>
      </label>
      @if (failure(); as text) {
        <p class="failure" role="alert" data-testid="admin-unit-edit-failure">{{ text }}</p>
      }
      <div class="actions">
        <button type="submit" [disabled]="busy()">{{ 'wardsAdmin.manage.save' | translate }}</button>
        <button type="button" class="secondary" (click)="cancelled.emit()">
          {{ 'wardsAdmin.manage.cancel' | translate }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .edit {
      flex-basis: 100%;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class UnitEditFormComponent implements OnInit {
  private readonly api = inject(AdminApi);
  private readonly work = new AdminWork();

  readonly unit = input.required<AdminUnitDto>();
  readonly saved = output<AdminUnitDto>();
  readonly cancelled = output<void>();

  protected readonly kinds = UNIT_KINDS;
  protected readonly busy = this.work.busy;
  protected readonly failure = this.work.failure;
  protected code = '';
  protected name = '';
  protected kind: UnitKind | '' = '';
  private readonly first = viewChild.required<ElementRef<HTMLInputElement>>('first');

  constructor() {
    // The keyboard lands in the form's first field as it opens.
    afterNextRender(() => this.first().nativeElement.focus());
  }

  ngOnInit(): void {
    const unit = this.unit();
    this.code = unit.code;
    this.name = unit.name;
    this.kind = unit.kind ?? '';
  }

  protected async save(): Promise<void> {
    await this.work.run(async () => {
      const kind = this.kind === '' ? {} : { kind: this.kind };
      const changed = await this.api.updateUnit(this.unit().id, {
        code: this.code.trim(),
        name: this.name.trim(),
        ...kind,
      });
      this.saved.emit(changed);
    });
  }
}
