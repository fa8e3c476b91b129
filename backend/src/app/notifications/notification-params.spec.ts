import { initialContext } from '@dondoc/workflows';
import { paramsOfAlert, paramsOfEvent, shorten } from './notification-params';

const task = {
  ref: '12',
  content: 'Xây dựng   kế hoạch cải cách hành chính',
  due: '2026-06-30',
  context: { ...initialContext(), dueOverride: null },
};

describe('shorten', () => {
  it('flattens white space and cuts long text at a word', () => {
    expect(shorten(' a \n b ', 10)).toBe('a b');
    expect(shorten('một hai ba bốn năm sáu', 12)).toBe('một hai ba…');
  });
});

describe('paramsOfEvent', () => {
  it('names the task, the actor, the due date in force and the reason', () => {
    expect(
      paramsOfEvent(
        'returned',
        { actorName: 'Chị Lan', comment: 'Ghi chú', payload: { reason: 'Thiếu số liệu' } },
        task,
      ),
    ).toEqual({
      ref: '12',
      task: 'Xây dựng kế hoạch cải cách hành chính',
      actor: 'Chị Lan',
      due: '30/06/2026',
      reason: 'Thiếu số liệu',
    });
  });

  it('reads the comment when there is no reason, and the requested date of an extension request', () => {
    const params = paramsOfEvent(
      'extension_requested',
      { actorName: 'Anh Nam', comment: 'Chờ hướng dẫn', payload: { newDue: '2026-07-31' } },
      { ...task, context: { ...task.context, dueOverride: '2026-07-15' } },
    );
    expect(params).toMatchObject({ due: '31/07/2026', reason: 'Chờ hướng dẫn' });
    expect(
      paramsOfEvent(
        'extension_granted',
        { actorName: 'A', comment: null, payload: null },
        {
          ...task,
          context: { ...task.context, dueOverride: '2026-07-15' },
        },
      ),
    ).not.toHaveProperty('reason');
  });
});

describe('paramsOfAlert', () => {
  it('writes the due date, the working days late and the lead unit', () => {
    expect(paramsOfAlert({ due: '2026-06-30', lateWorkingDays: 4 }, task, 'PVHCC')).toEqual({
      ref: '12',
      task: 'Xây dựng kế hoạch cải cách hành chính',
      due: '30/06/2026',
      lateDays: '4',
      unit: 'PVHCC',
    });
  });
});
