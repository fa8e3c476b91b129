import { checkPeopleRows, rolesOf, type SheetRow } from './people-rows';
import { csvGrid } from './people-sheet';

const CATALOG = { takenUsernames: new Set(['da.co']), unitCodes: new Set(['VP', 'VHXH']) };

const row = (at: number, cells: Partial<SheetRow>): SheetRow => ({
  row: at,
  username: 'an.nv',
  fullName: 'Nguyễn Văn An',
  unitCode: 'VP',
  roles: 'Chuyên viên',
  email: '',
  ...cells,
});

describe('people rows', () => {
  it('reads roles by their code or their Vietnamese name, with or without accents, once each', () => {
    expect(rolesOf('Chuyên viên, Trưởng phòng; chuyen vien | approver / Quản trị viên')).toEqual({
      roles: ['staff', 'unit_head', 'approver', 'admin'],
      unknown: [],
    });
    expect(rolesOf('Lãnh đạo, bảo vệ')).toEqual({ roles: ['leader'], unknown: ['bảo vệ'] });
  });

  it('accepts a clean row as written, normalised', () => {
    const [checked] = checkPeopleRows(
      [row(2, { username: ' An.NV ', unitCode: 'vhxh', email: 'an@x.vn' })],
      CATALOG,
    );
    expect(checked).toEqual({
      row: 2,
      username: 'an.nv',
      fullName: 'Nguyễn Văn An',
      unitCode: 'VHXH',
      roles: ['staff'],
      email: 'an@x.vn',
      problems: [],
    });
  });

  it('names every problem of a row, and a username repeated from an earlier row', () => {
    const checked = checkPeopleRows(
      [
        row(2, {}),
        row(3, { username: 'da.co', fullName: ' ', unitCode: 'KHONG', roles: '', email: 'x@' }),
        row(4, { roles: 'phó chủ tịch' }),
        row(5, { username: 'Có Dấu' }),
      ],
      CATALOG,
    );
    expect(checked.map((entry) => entry.problems)).toEqual([
      [],
      [
        'Tên đăng nhập "da.co" đã có người dùng',
        'Thiếu họ và tên',
        'Không có đơn vị mã "KHONG" đang hoạt động trong phường',
        'Thiếu vai trò',
        'Email "x@" không hợp lệ',
      ],
      ['Tên đăng nhập "an.nv" trùng với dòng 2', 'Không hiểu vai trò: phó chủ tịch'],
      [expect.stringContaining('chỉ được gồm chữ thường không dấu')],
    ]);
  });
});

describe('CSV of a people sheet', () => {
  it('splits on the separator the header uses, keeping quoted separators, quotes and line breaks', () => {
    expect(csvGrid('a;b;c\r\n"x; y";"say ""hi""";"two\nlines"\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['x; y', 'say "hi"', 'two\nlines'],
    ]);
    expect(csvGrid('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
