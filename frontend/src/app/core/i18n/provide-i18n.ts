import {
  type EnvironmentProviders,
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { LanguageService } from './language.service';
import { DEFAULT_LANGUAGE } from './languages';
import { StaticTranslateLoader } from './static-translate-loader';

/** ngx-translate with the bundled translations and the user's stored language. */
export function provideI18n(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideTranslateService({
      loader: provideTranslateLoader(StaticTranslateLoader),
      fallbackLang: DEFAULT_LANGUAGE,
      lang: DEFAULT_LANGUAGE,
    }),
    provideAppInitializer(() => inject(LanguageService).init()),
  ]);
}
