import { initialContext } from '@dondoc/workflows';
import { consultationExpired, type ConsultingTask } from './consultation-deadline';

const consulting = (
  consultationDeadline: string | null,
  overrides: Partial<ConsultingTask> = {},
): ConsultingTask => ({
  type: 'legal_document',
  state: 'consultation',
  context: { ...initialContext(), consultationDeadline },
  ...overrides,
});

describe('consultationExpired', () => {
  it('expires the day after the deadline: the deadline day belongs to the cooperators', () => {
    expect(consultationExpired(consulting('2026-03-05'), '2026-03-05')).toBe(false);
    expect(consultationExpired(consulting('2026-03-05'), '2026-03-06')).toBe(true);
  });

  it('never expires without a deadline, outside consultation, or for another type', () => {
    expect(consultationExpired(consulting(null), '2027-01-01')).toBe(false);
    expect(consultationExpired(consulting('2026-03-05', { state: 'consulted' }), '2026-03-06')).toBe(false);
    expect(consultationExpired(consulting('2026-03-05', { type: 'document' }), '2026-03-06')).toBe(false);
  });
});
