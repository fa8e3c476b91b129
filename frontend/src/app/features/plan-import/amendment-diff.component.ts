import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { PlanAmendment } from './plan-import.types';

/** Fields of a task a revision may change, in the order they are compared. */
const COMPARED = ['number', 'content', 'leadText', 'cooperatorText', 'deliverable', 'deadlineText'] as const;

export interface ChangedField {
  field: string;
  before: string;
  after: string;
}

/** What changed between two versions of a task, whatever shape the server gives each side. */
export function changedFields(before: unknown, after: unknown): ChangedField[] {
  if (typeof before === 'string' || typeof after === 'string')
    return [{ field: 'content', before: String(before ?? ''), after: String(after ?? '') }];
  const left = (before ?? {}) as Record<string, unknown>;
  const right = (after ?? {}) as Record<string, unknown>;
  return COMPARED.flatMap((field) => {
    const was = left[field];
    const is = right[field];
    if (was === undefined && is === undefined) return [];
    const from = typeof was === 'string' ? was : JSON.stringify(was ?? '');
    const to = typeof is === 'string' ? is : JSON.stringify(is ?? '');
    return from === to ? [] : [{ field, before: from, after: to }];
  });
}

/** The revision's effect on the plan it amends: sections renamed or added; tasks added, removed (cancelled) and changed. */
@Component({
  selector: 'dd-amendment-diff',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="diff" data-testid="import-amendment" aria-labelledby="import-amendment-title">
      <h2 id="import-amendment-title">{{ 'planImport.amendment.title' | translate }}</h2>
      <p class="hint">
        {{
          'planImport.amendment.summary'
            | translate
              : {
                  added: amendment().added.length,
                  removed: amendment().removed.length,
                  changed: amendment().changed.length,
                }
        }}
      </p>
      @let sections = amendment().sections;
      @if (sections.renamed.length + sections.added.length > 0) {
        <h3>{{ 'planImport.amendment.sections' | translate }}</h3>
        <ul data-testid="import-amendment-sections">
          @for (section of sections.renamed; track section.key) {
            <!-- &ngsp;: Angular drops the whitespace between elements on separate lines. -->
            <li>
              <strong>{{ section.key }}.</strong>&ngsp;<del>{{ section.before }}</del
              >&ngsp;<span aria-hidden="true">→</span>&ngsp;<span class="sr-only">{{
                'planImport.amendment.renamedTo' | translate
              }}</span
              >&ngsp;<ins>{{ section.after }}</ins>
            </li>
          }
          @for (section of sections.added; track section.key) {
            <li>
              <strong>{{ section.key }}.</strong> {{ section.title }}
              <em class="tag">{{ 'planImport.amendment.newSection' | translate }}</em>
            </li>
          }
        </ul>
      }
      @if (amendment().added.length > 0) {
        <h3>{{ 'planImport.amendment.added' | translate }}</h3>
        <ul data-testid="import-amendment-added">
          @for (row of amendment().added; track $index) {
            <li>
              <strong>{{ row.number }}</strong> {{ row.content }}
            </li>
          }
        </ul>
      }
      @if (amendment().removed.length > 0) {
        <h3>{{ 'planImport.amendment.removed' | translate }}</h3>
        <p class="hint">{{ 'planImport.amendment.removedHint' | translate }}</p>
        <ul data-testid="import-amendment-removed">
          @for (task of amendment().removed; track task.taskId) {
            <li>
              <strong>{{ task.number }}</strong> {{ task.content }}
            </li>
          }
        </ul>
      }
      @if (amendment().changed.length > 0) {
        <h3>{{ 'planImport.amendment.changed' | translate }}</h3>
        <ul data-testid="import-amendment-changed">
          @for (task of amendment().changed; track task.taskId) {
            <li>
              <strong>{{ task.number }}</strong>
              <dl>
                @for (change of changes(task.before, task.after); track change.field) {
                  <dt>{{ 'planImport.column.' + change.field | translate }}</dt>
                  <dd>
                    <del>{{ change.before }}</del>
                    <span aria-hidden="true">→</span>
                    <ins>{{ change.after }}</ins>
                  </dd>
                }
              </dl>
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .diff {
      border: 1px solid var(--dd-border-strong);
      border-radius: 0.375rem;
      padding: 0.5rem 1rem;
      margin-block: 1rem;
    }
    .hint {
      color: var(--dd-muted);
    }
    ul {
      padding-inline-start: 1.25rem;
    }
    dl {
      margin: 0.25rem 0;
    }
    dt {
      font-size: 0.85rem;
      color: var(--dd-muted);
    }
    dd {
      margin: 0 0 0.25rem;
    }
    del {
      color: var(--dd-danger);
    }
    ins {
      color: var(--dd-success);
      text-decoration: none;
    }
    .tag {
      color: var(--dd-success);
      font-style: normal;
      font-size: 0.85rem;
    }
  `,
})
export class AmendmentDiffComponent {
  readonly amendment = input.required<PlanAmendment>();
  protected readonly changes = changedFields;
}
