import type { Language } from '../i18n/languages';
import type { ApiFailure } from './api-error';

/** Translates a key with parameters: `TranslateService.instant` or a test's stand-in. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Rules that refine a code and have a text of their own (four eyes, both 403 FORBIDDEN). */
const RULES_WITH_TEXT: readonly string[] = ['FOUR_EYES_SUBMITTER', 'FOUR_EYES_REVIEWER'];

/** The translation key of every failure code (or of its rule): the UI says each in the user's language. */
export function errorKey(failure: Pick<ApiFailure, 'code' | 'rule'>): string {
  return failure.rule && RULES_WITH_TEXT.includes(failure.rule)
    ? `errors.${failure.rule}`
    : `errors.${failure.code}`;
}

/**
 * What to tell the user about a refusal. The server words its reasons in Vietnamese (the
 * workflow's payload rules name the missing field), which a Vietnamese reader gets as they are;
 * any other language gets the text of the code, never a sentence in a language they did not choose.
 */
export function errorText(failure: ApiFailure, language: Language, translate: Translate): string {
  const known = failure.code !== 'UNKNOWN' && failure.code !== 'NETWORK';
  if (language === 'vi' && known && failure.message.trim() !== '') return failure.message;
  return translate(errorKey(failure));
}
