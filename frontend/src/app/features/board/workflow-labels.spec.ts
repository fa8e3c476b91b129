import { eventLabel, stateLabel } from './workflow-labels';

describe('workflow labels', () => {
  it.each([
    ['SUBMIT', 'vi', 'Trình'],
    ['SUBMIT', 'en', 'Submit'],
    ['IMPORTED', 'vi', 'IMPORTED'],
  ] as const)('names the event %s in %s as %s', (event, language, label) => {
    expect(eventLabel(event, language)).toBe(label);
  });

  it.each([
    ['submitted.appraisal', 'vi', 'Đang thẩm định'],
    ['returned', 'en', 'Returned'],
    ['unknown', 'en', 'unknown'],
  ] as const)('names the state %s in %s as %s', (state, language, label) => {
    expect(stateLabel(state, language)).toBe(label);
  });
});
