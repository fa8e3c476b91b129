import { reportTask, TaskHistory } from '../testing/task-history';
import { LogCursor } from './log-fold';

const submitted = new TaskHistory('t', 'document').step('lead_staff', 'SUBMIT', '2026-03-02T02:00:00.000Z');

describe('LogCursor', () => {
  it('answers at ascending instants from one forward reading of the log', () => {
    const cursor = new LogCursor(reportTask({ id: 't' }), submitted.events);
    expect(cursor.at(Date.parse('2026-03-01T00:00:00.000Z')).column).toBe('draft');
    expect(cursor.at(Date.parse('2026-03-01T00:00:00.000Z')).column).toBe('draft');
    expect(cursor.at(Date.parse('2026-03-03T00:00:00.000Z'))).toMatchObject({
      column: 'submitted',
      submittedAt: '2026-03-02T02:00:00.000Z',
    });
  });

  it('refuses to go back in time, which it could only answer by reading the log again', () => {
    const cursor = new LogCursor(reportTask({ id: 't' }), submitted.events);
    cursor.at(Date.parse('2026-03-03T00:00:00.000Z'));
    expect(() => cursor.at(Date.parse('2026-03-01T00:00:00.000Z'))).toThrow(RangeError);
  });
});
