import { Injectable } from '@angular/core';
import { TranslateLoader, type TranslationObject } from '@ngx-translate/core';
import { type Observable, of } from 'rxjs';
import { DEFAULT_LANGUAGE, isLanguage, TRANSLATIONS } from './languages';

/** The translations ship inside the bundle: no HTTP round trip before the first label. */
@Injectable()
export class StaticTranslateLoader implements TranslateLoader {
  getTranslation(lang: string): Observable<TranslationObject> {
    return of(TRANSLATIONS[isLanguage(lang) ? lang : DEFAULT_LANGUAGE]);
  }
}
