import { Deadline, ParseDeadlineContext } from './deadline.types';
import { readDeadlineOutcome, validContext } from './parser/read-cell';

/**
 * Reads a deadline as the plans write it. Never throws: text it cannot read comes back as
 * `unparsed` for a person to set, and the original text is always kept as given.
 */
export function parseDeadline(text: string, context?: ParseDeadlineContext): Deadline {
  const original = typeof text === 'string' ? text : String(text ?? '');
  try {
    const { reading } = readDeadlineOutcome(original, validContext(context));
    return { ...reading, text: original };
  } catch {
    // A reader bug must not stop an import: the cell is kept for a person to read.
    return { kind: 'unparsed', reason: 'unrecognised', text: original };
  }
}
