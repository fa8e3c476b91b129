import { columnOf } from '../lib/columns';
import { acceptedAs, decideAs, fixtureTask } from '../testing/scenarios';

describe('triggered workflow', () => {
  it('waits in the waiting column until its trigger is recorded', () => {
    const task = fixtureTask('triggered');
    expect(task.state).toBe('waiting');
    expect(columnOf('triggered', task.state)).toBe('waiting');
    expect(decideAs(task, 'lead_staff', 'SUBMIT')).toMatchObject({ ok: false, code: 'EVENT_NOT_ACCEPTED' });
  });

  it.each(['lead_staff', 'approver', 'admin'] as const)(
    '%s records the trigger, which moves it to draft',
    (profile) => {
      const task = acceptedAs(fixtureTask('triggered'), profile, 'RECORD_TRIGGER');
      expect(task.state).toBe('draft');
      expect(task.context).toMatchObject({
        triggerDate: '2026-03-01',
        triggerDocument: 'Kết luận kiểm tra số 05/KL-STP',
      });
    },
  );

  it.each([
    [{ triggerDate: '2026-04-01' }, 'Ngày phát sinh điều kiện không được sau ngày hôm nay'],
    [{ triggerDate: '01/03/2026' }, 'Ngày phát sinh điều kiện phải là ngày hợp lệ (YYYY-MM-DD)'],
    [{ triggerDocument: ' ' }, 'Cần ghi văn bản làm phát sinh nhiệm vụ'],
  ])('refuses the trigger %p', (payload, reason) => {
    expect(decideAs(fixtureTask('triggered'), 'admin', 'RECORD_TRIGGER', { payload })).toEqual({
      ok: false,
      code: 'INVALID_PAYLOAD',
      reason,
    });
  });

  it('then runs the document spine', () => {
    const drafted = acceptedAs(fixtureTask('triggered'), 'approver', 'RECORD_TRIGGER');
    const approved = acceptedAs(
      acceptedAs(acceptedAs(drafted, 'lead_staff', 'SUBMIT'), 'reviewer', 'REVIEW'),
      'approver',
      'APPROVE',
    );
    expect(approved).toMatchObject({ state: 'approved', context: { issuedNumber: '158/KH-UBND' } });
  });
});
