import { toTickerItem } from './ticker';

describe('toTickerItem', () => {
  it('names the acting unit by code and gives the event id as a string', () => {
    const item = toTickerItem(
      {
        eventId: 42,
        taskId: 't1',
        planId: 'p1',
        ref: '3',
        title: 'Ban hành kế hoạch',
        event: 'SUBMIT',
        fromState: 'draft',
        toState: 'submitted',
        actorName: 'Nguyễn Văn A',
        actorUnitId: 'u-vhxh',
        at: '2026-05-05T03:00:00.000Z',
      },
      new Map([['u-vhxh', 'VHXH']]),
    );
    expect(item).toMatchObject({ eventId: '42', unitCode: 'VHXH', event: 'SUBMIT', toState: 'submitted' });
  });

  it('leaves the unit empty for the system and for a unit the ward does not know', () => {
    const base = {
      eventId: '7',
      taskId: 't1',
      planId: 'p1',
      ref: '1',
      title: '',
      event: 'CANCEL',
      fromState: 'draft',
      toState: 'cancelled',
      actorName: 'Hệ thống',
      at: '2026-05-05T03:00:00.000Z',
    };
    expect(toTickerItem({ ...base, actorUnitId: null }, new Map()).unitCode).toBeNull();
    expect(toTickerItem({ ...base, actorUnitId: 'u-x' }, new Map()).unitCode).toBeNull();
  });
});
