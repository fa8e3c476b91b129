import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';

const STORAGE_KEY = 'dondoc.language';

/** The UI language: Vietnamese unless the user chose English, remembered in this browser. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(DEFAULT_LANGUAGE);
  readonly language = this.current.asReadonly();

  /** Applies the stored choice; called once at start-up. */
  init(): void {
    this.translate.setFallbackLang(DEFAULT_LANGUAGE);
    this.use(readStoredLanguage() ?? DEFAULT_LANGUAGE);
  }

  use(language: Language): void {
    this.current.set(language);
    this.translate.use(language);
    this.document.documentElement.lang = language;
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Private mode or a full quota: the choice simply is not remembered.
    }
  }

  toggle(): void {
    this.use(this.current() === 'vi' ? 'en' : 'vi');
  }
}

function readStoredLanguage(): Language | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}
