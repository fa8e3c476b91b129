import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { AdminUnitDto, CreatedPlanDto, PlanSectionInput } from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { PLAN_PATH } from '../../routes.paths';
import { AdminApi } from '../admin/admin-api';
import { injectFailureText } from '../admin/admin-failure';
import { HandPlansApi } from './hand-plans-api';

interface PlanDraft {
  symbol: string;
  issuedOn: string;
  issuer: string;
  title: string;
  legalBasis: string;
  sections: string;
  reviewerUnitId: string | null;
  approverUnitId: string | null;
}

/** "Kế hoạch" in /quan-tri: a plan typed in by hand; its tasks are added on its board. */
@Component({
  selector: 'dd-admin-plans',
  imports: [FormsModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../admin/admin.css',
  template: `
    <section class="panel" aria-labelledby="dd-admin-plans" data-testid="admin-plans">
      <h2 id="dd-admin-plans">{{ 'handPlans.plan.title' | translate }}</h2>
      <p class="hint">{{ 'handPlans.plan.hint' | translate }}</p>
      <form class="form" (ngSubmit)="create()">
        <label>
          {{ 'handPlans.plan.symbol' | translate }}
          <input
            name="symbol"
            required
            [placeholder]="'handPlans.plan.symbolExample' | translate"
            [(ngModel)]="draft.symbol"
          />
        </label>
        <label>
          {{ 'handPlans.plan.issuedOn' | translate }}
          <input name="issuedOn" required inputmode="numeric" [(ngModel)]="draft.issuedOn" />
        </label>
        <label>
          {{ 'handPlans.plan.issuer' | translate }}
          <input name="issuer" required [(ngModel)]="draft.issuer" />
        </label>
        <label>
          {{ 'handPlans.plan.name' | translate }}
          <textarea name="title" rows="2" required [(ngModel)]="draft.title"></textarea>
        </label>
        <label>
          {{ 'handPlans.plan.legalBasis' | translate }}
          <textarea name="legalBasis" rows="3" [(ngModel)]="draft.legalBasis"></textarea>
        </label>
        <label>
          {{ 'handPlans.plan.sections' | translate }}
          <textarea
            name="sections"
            rows="3"
            [placeholder]="'handPlans.plan.sectionsExample' | translate"
            [(ngModel)]="draft.sections"
          ></textarea>
        </label>
        <label>
          {{ 'handPlans.plan.reviewer' | translate }}
          <select name="reviewer" [(ngModel)]="draft.reviewerUnitId">
            <option [ngValue]="null">{{ 'handPlans.plan.wardDefault' | translate }}</option>
            @for (unit of units(); track unit.id) {
              <option [ngValue]="unit.id">{{ unit.code }} — {{ unit.name }}</option>
            }
          </select>
        </label>
        <label>
          {{ 'handPlans.plan.approver' | translate }}
          <select name="approver" [(ngModel)]="draft.approverUnitId">
            <option [ngValue]="null">{{ 'handPlans.plan.wardDefault' | translate }}</option>
            @for (unit of units(); track unit.id) {
              <option [ngValue]="unit.id">{{ unit.code }} — {{ unit.name }}</option>
            }
          </select>
        </label>
        <button type="submit" [disabled]="busy()" data-testid="create-plan">
          {{ 'handPlans.plan.create' | translate }}
        </button>
      </form>
      @if (created(); as plan) {
        <p role="status" data-testid="plan-created">
          {{ 'handPlans.plan.created' | translate: { symbol: plan.symbol } }}
          <a [routerLink]="['/', planPath, plan.id]">{{ 'handPlans.plan.open' | translate }}</a>
        </p>
      }
      @if (failure(); as text) {
        <p class="failure" role="alert">{{ text }}</p>
      }
    </section>
  `,
})
export class PlansSectionComponent {
  private readonly api = inject(HandPlansApi);
  private readonly admin = inject(AdminApi);
  private readonly failureText = injectFailureText();
  protected readonly planPath = PLAN_PATH;
  protected readonly units = signal<AdminUnitDto[]>([]);
  protected readonly busy = signal(false);
  protected readonly created = signal<CreatedPlanDto | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected draft: PlanDraft = emptyDraft();

  constructor() {
    void this.admin
      .units()
      .then((units) => this.units.set(units.filter((unit) => unit.active)))
      .catch((error: unknown) => this.failure.set(this.failureText(error)));
  }

  protected async create(): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    this.created.set(null);
    try {
      const { reviewerUnitId, approverUnitId } = this.draft;
      this.created.set(
        await this.api.createPlan({
          symbol: this.draft.symbol.trim(),
          issuedOn: isoOf(this.draft.issuedOn),
          issuer: this.draft.issuer.trim(),
          title: this.draft.title.trim(),
          legalBasis: lines(this.draft.legalBasis),
          sections: sectionsOf(this.draft.sections),
          // Left at "the ward's default", the server takes the ward's settings.
          ...(reviewerUnitId ? { reviewerUnitId } : {}),
          ...(approverUnitId ? { approverUnitId } : {}),
        }),
      );
      this.draft = emptyDraft();
    } catch (error) {
      this.failure.set(this.failureText(error));
    } finally {
      this.busy.set(false);
    }
  }
}

function emptyDraft(): PlanDraft {
  return {
    symbol: '',
    issuedOn: '',
    issuer: 'UBND phường',
    title: '',
    legalBasis: '',
    sections: '',
    reviewerUnitId: null,
    approverUnitId: null,
  };
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** "dd/mm/yyyy" as typed → ISO; anything else goes as typed, for the server to refuse by name. */
export function isoOf(typed: string): string {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(typed.trim());
  return match ? `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}` : typed.trim();
}

/** One section a line: "I. Chỉ đạo, điều hành" → key I, title "Chỉ đạo, điều hành". */
export function sectionsOf(text: string): PlanSectionInput[] {
  return lines(text).map((line) => {
    const match = /^([^\s.]{1,16})[.)]\s*(.+)$/.exec(line);
    return match ? { key: match[1], title: match[2].trim() } : { key: line.slice(0, 16), title: line };
  });
}
