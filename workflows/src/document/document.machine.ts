import { initialContext } from '../lib/context';
import { documentSpineStates } from '../lib/document-spine';
import { workflowSetup } from '../lib/machine-kit';

/**
 * Kế hoạch, Công văn, Quyết định, Hướng dẫn, Quy chế: submitting needs the deliverable,
 * approving records the number and date the document was issued under.
 */
export const documentMachine = workflowSetup.createMachine({
  id: 'document',
  initial: 'draft',
  context: ({ input }) => initialContext(input),
  states: documentSpineStates,
});
