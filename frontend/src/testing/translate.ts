import type { EnvironmentProviders, Provider } from '@angular/core';
import { provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { StaticTranslateLoader } from '../app/core/i18n/static-translate-loader';

/** The real Vietnamese texts in component tests, so assertions read like the UI. */
export function provideTestTranslations(): (Provider | EnvironmentProviders)[] {
  return provideTranslateService({
    loader: provideTranslateLoader(StaticTranslateLoader),
    fallbackLang: 'vi',
    lang: 'vi',
  });
}
