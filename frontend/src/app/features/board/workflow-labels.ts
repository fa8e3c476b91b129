import {
  EVENT_LABELS_EN,
  EVENT_LABELS_VI,
  STATE_LABELS_EN,
  STATE_LABELS_VI,
  isWorkflowEventType,
} from '@dondoc/workflows';
import type { Language } from '../../core/i18n/languages';

/** The workflow's own names for its events and states, in the UI language; unknown ones verbatim. */
export function eventLabel(event: string, language: Language): string {
  if (!isWorkflowEventType(event)) return event;
  return (language === 'en' ? EVENT_LABELS_EN : EVENT_LABELS_VI)[event];
}

export function stateLabel(state: string, language: Language): string {
  return (language === 'en' ? STATE_LABELS_EN : STATE_LABELS_VI)[state] ?? state;
}
