import { inject } from '@angular/core';
import { isAdminEvent } from '@dondoc/contracts';
import { TranslateService } from '@ngx-translate/core';

/**
 * The name of an administrative event (a correction by hand, by an import or by a revised plan)
 * in the language shown, or null for a workflow event, which the workflow's own labels name.
 */
export function injectAdminEventName(): (event: string) => string | null {
  const translate = inject(TranslateService);
  return (event) => (isAdminEvent(event) ? String(translate.instant(`handPlans.events.${event}`)) : null);
}
