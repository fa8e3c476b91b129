import { digestMail } from './digest-mail';

describe('digestMail', () => {
  it('writes the sections as lists under a subject that says the day and the count', () => {
    const mail = digestMail({
      unit: { code: 'VHXH', name: 'Phòng Văn hoá – Xã hội' },
      date: '2026-06-25',
      to: ['hd.vhxh.staff@dondoc.local'],
      sections: [
        {
          key: 'overdue',
          items: [{ taskId: 't1', planId: 'p', ref: '3', task: 'Báo cáo quý', due: '2026-06-20' }],
        },
        { key: 'to_review', items: [{ taskId: 't2', planId: 'p', ref: '7', task: 'Kế hoạch', due: null }] },
      ],
    });
    expect(mail.to).toEqual(['hd.vhxh.staff@dondoc.local']);
    expect(mail.subject).toBe('[Đôn Đốc] Bản tin ngày 25/06/2026 — VHXH: 2 việc cần xử lý');
    expect(mail.text).toContain('Kính gửi Phòng Văn hoá – Xã hội,');
    expect(mail.text).toContain('Nhiệm vụ quá hạn (1):\n  - Nhiệm vụ 3: Báo cáo quý (hạn 20/06/2026)');
    expect(mail.text).toContain('Hồ sơ chờ thẩm tra (1):\n  - Nhiệm vụ 7: Kế hoạch\n');
  });

  it('counts a long section whole and says how many it does not list', () => {
    const item = { taskId: 't1', planId: 'p', ref: '3', task: 'Báo cáo quý', due: '2026-06-20' };
    const mail = digestMail({
      unit: { code: 'VHXH', name: 'Phòng Văn hoá – Xã hội' },
      date: '2026-06-25',
      to: ['hd.vhxh.staff@dondoc.local'],
      sections: [{ key: 'overdue', items: [item], total: 32_108 }],
    });
    expect(mail.subject).toBe('[Đôn Đốc] Bản tin ngày 25/06/2026 — VHXH: 32.108 việc cần xử lý');
    expect(mail.text).toContain(
      'Nhiệm vụ quá hạn (32.108):\n  - Nhiệm vụ 3: Báo cáo quý (hạn 20/06/2026)\n  … và 32.107 nhiệm vụ khác, xem trên bảng công việc của đơn vị.\n',
    );
  });
});
