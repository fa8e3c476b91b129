import { orderLeadershipWards } from './leadership-wards';

const ward = (id: string, code: string, name: string) => ({ id, code, name });

describe('the wards a leader may read', () => {
  it('puts the own ward first and the granted ones by Vietnamese name', () => {
    const home = ward('h', 'HD', 'Phường Hải Dương');
    const granted = [
      ward('n', 'NC', 'Phường Nhị Chiểu'),
      ward('b', 'BHL', 'Phường Bắc Hồng Lĩnh'),
      ward('a', 'AD', 'Phường Ái Quốc'),
    ];
    expect(orderLeadershipWards(home, granted)).toEqual([
      { id: 'h', code: 'HD', name: 'Phường Hải Dương', home: true },
      { id: 'a', code: 'AD', name: 'Phường Ái Quốc', home: false },
      { id: 'b', code: 'BHL', name: 'Phường Bắc Hồng Lĩnh', home: false },
      { id: 'n', code: 'NC', name: 'Phường Nhị Chiểu', home: false },
    ]);
  });

  it('lists the own ward once even when it is also granted, and alone without grants', () => {
    const home = ward('h', 'HD', 'Phường Hải Dương');
    expect(orderLeadershipWards(home, [home])).toEqual([{ ...home, home: true }]);
    expect(orderLeadershipWards(home, [])).toEqual([{ ...home, home: true }]);
  });
});
