import { initialContext } from '../lib/context';
import { documentSpineStates } from '../lib/document-spine';
import { workflowSetup } from '../lib/machine-kit';

/**
 * One card per period (Báo cáo quý / 6 tháng / năm). The backend scheduler creates the cards from
 * the recurrence and seeds `periodLabel` and `periodDue`; each card then runs the document spine.
 */
export const periodicReportMachine = workflowSetup.createMachine({
  id: 'periodic_report',
  initial: 'draft',
  context: ({ input }) => initialContext(input),
  states: documentSpineStates,
});
