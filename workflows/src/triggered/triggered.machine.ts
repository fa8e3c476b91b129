import { initialContext } from '../lib/context';
import { documentSpineStates } from '../lib/document-spine';
import { move, workflowSetup } from '../lib/machine-kit';
import { FORBIDDEN, whileOpen } from '../lib/transitions';

/**
 * "Sau khi có hướng dẫn của Sở…", "Trong thời hạn 30 ngày kể từ…": the task waits for its trigger.
 * Recording it stores the date and document; the backend then computes the due date with the
 * deadline engine, and the task runs the document spine.
 */
export const triggeredMachine = workflowSetup.createMachine({
  id: 'triggered',
  initial: 'waiting',
  context: ({ input }) => initialContext(input),
  states: {
    waiting: {
      on: {
        RECORD_TRIGGER: move({
          target: 'draft',
          who: ['actsAsLead', 'actsAsApproverUnit', 'actsAsAdmin'],
          rules: ['hasTrigger'],
          actions: ['recordTrigger'],
          forbidden: FORBIDDEN.trigger,
        }),
        ...whileOpen,
      },
    },
    ...documentSpineStates,
  },
});
