import { inject } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { toApiFailure } from '../../core/http/api-error';
import { errorText } from '../../core/http/error-text';
import { LanguageService } from '../../core/i18n/language.service';

/** Why an admin call failed, in the user's language (the server's Vietnamese reason when it gives one). */
export function injectFailureText(): (error: unknown) => string {
  const translate = inject(TranslateService);
  const language = inject(LanguageService);
  return (error) =>
    errorText(toApiFailure(error), language.language(), (key, params) => translate.instant(key, params));
}
