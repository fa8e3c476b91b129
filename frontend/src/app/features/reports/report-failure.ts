import { inject } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { toApiFailure } from '../../core/http/api-error';
import { errorText } from '../../core/http/error-text';
import { LanguageService } from '../../core/i18n/language.service';
import { NoticeService } from '../../core/notify/notice.service';

/** Tells the user, in their language, why a reports call failed (the server's Vietnamese reason when it gives one). */
export function injectFailureNotice(): (error: unknown) => void {
  const notices = inject(NoticeService);
  const translate = inject(TranslateService);
  const language = inject(LanguageService);
  return (error) =>
    notices.show(
      'error',
      errorText(toApiFailure(error), language.language(), (key, params) => translate.instant(key, params)),
    );
}
