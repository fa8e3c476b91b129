import { approvedHourSql, dueInForceSql, instantOfApprovedHour, isLeafSql } from './task-sql';

describe('task SQL fragments', () => {
  it('reads the granted extension from the JSON context in each engine’s dialect', () => {
    expect(dueInForceSql('better-sqlite3')).toBe(
      "COALESCE(json_extract(task.context, '$.dueOverride'), task.due)",
    );
    expect(dueInForceSql('postgres', 't')).toBe(
      "COALESCE((CAST(t.context AS json) ->> 'dueOverride'), t.due)",
    );
  });

  it('keeps tasks without children', () => {
    expect(isLeafSql('t')).toBe('NOT EXISTS (SELECT 1 FROM task child WHERE child.parent_id = t.id)');
  });

  it('cuts an approved task’s UTC hand-in instant to the hour, and reads it back as the hour’s start', () => {
    expect(approvedHourSql('t')).toContain("t.submitted_at LIKE '____-__-__T__:%Z'");
    expect(instantOfApprovedHour('2026-05-04T16')).toBe('2026-05-04T16:00:00.000Z');
    expect(instantOfApprovedHour('2026-05-04T16:30:00+07:00')).toBe('2026-05-04T16:30:00+07:00');
    expect(instantOfApprovedHour(null)).toBeNull();
  });
});
