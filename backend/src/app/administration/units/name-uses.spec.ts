import { plansMeeting } from './name-uses';

const PLAN_158 = { id: 'p158', symbol: '158/KH-UBND', title: 'Kế hoạch CCHC năm 2026' };
const PLAN_42 = { id: 'p42', symbol: '42/KH-UBND', title: 'Kế hoạch thực hiện Kết luận 226' };

describe('plansMeeting', () => {
  const cells = [
    { planId: 'p158', leadText: 'Phòng VHXXH', cooperatorText: 'Văn phòng HĐND-UBND; Trung tâm PVHCC' },
    { planId: 'p42', leadText: 'VĂN PHÒNG HĐND và UBND', cooperatorText: 'Các phòng, ban chuyên môn' },
    { planId: 'p42', leadText: 'Tổ TVPC', cooperatorText: '' },
  ];

  it('finds a spelling whatever its accents, case and punctuation, in every plan that writes it', () => {
    expect(
      plansMeeting(['Phòng VHXXH', 'Văn phòng HĐND - UBND', 'Trung tâm PVHCC'], cells, [PLAN_158, PLAN_42]),
    ).toEqual([
      { name: 'Phòng VHXXH', plans: [PLAN_158] },
      { name: 'Văn phòng HĐND - UBND', plans: [PLAN_158] },
      { name: 'Trung tâm PVHCC', plans: [PLAN_158] },
    ]);
    expect(
      plansMeeting(['Văn phòng HĐND và UBND', 'Các phòng, ban chuyên môn'], cells, [PLAN_158, PLAN_42]),
    ).toEqual([
      { name: 'Văn phòng HĐND và UBND', plans: [PLAN_42] },
      { name: 'Các phòng, ban chuyên môn', plans: [PLAN_42] },
    ]);
  });

  it('matches whole phrases only, and a name met nowhere has no plans', () => {
    expect(plansMeeting(['VP', 'TVPC', 'Phòng Tư pháp', '  '], cells, [PLAN_158, PLAN_42])).toEqual([
      { name: 'VP', plans: [] },
      { name: 'TVPC', plans: [PLAN_42] },
      { name: 'Phòng Tư pháp', plans: [] },
      { name: '  ', plans: [] },
    ]);
  });
});
