import type { PeopleImportRowDto } from '@dondoc/contracts';
import { isWardRole, type WardRole } from '@dondoc/domain';

/** Usernames as people type them at login: lower case letters, digits, dot, dash, underscore. */
export const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;
export const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/;

/** The most rows one sheet may hold: a ward has a few hundred people at most. */
export const MAX_SHEET_ROWS = 1000;

/** A row of the sheet as read: every cell as text, before anything is checked. */
export interface SheetRow {
  row: number;
  username: string;
  fullName: string;
  unitCode: string;
  roles: string;
  email: string;
}

/** Role names as a ward writes them, folded (no accents, lower case), to the role they mean. */
const ROLE_WORDS: Record<string, WardRole> = {
  'chuyen vien': 'staff',
  'nhan vien': 'staff',
  'can bo': 'staff',
  'truong don vi': 'unit_head',
  'truong phong': 'unit_head',
  'lanh dao don vi': 'unit_head',
  'ra soat': 'reviewer',
  'tham dinh': 'reviewer',
  'nguoi ra soat': 'reviewer',
  'phe duyet': 'approver',
  'nguoi phe duyet': 'approver',
  'lanh dao': 'leader',
  'lanh dao ubnd': 'leader',
  'quan tri': 'admin',
  'quan tri vien': 'admin',
};

export function folded(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The roles a cell names ("Chuyên viên, Trưởng phòng" or "staff; unit_head"), and the words it could not read. */
export function rolesOf(cell: string): { roles: WardRole[]; unknown: string[] } {
  const roles: WardRole[] = [];
  const unknown: string[] = [];
  for (const word of cell
    .split(/[,;/|]/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const key = folded(word);
    const role = isWardRole(key.replace(/ /g, '_')) ? (key.replace(/ /g, '_') as WardRole) : ROLE_WORDS[key];
    if (!role) unknown.push(word);
    else if (!roles.includes(role)) roles.push(role);
  }
  return { roles, unknown };
}

/** What the ward already has that a sheet's rows are checked against. */
export interface PeopleCatalog {
  /** Every username taken, in any ward (usernames are unique across the installation). */
  takenUsernames: ReadonlySet<string>;
  /** Active units of the ward by upper-case code. */
  unitCodes: ReadonlySet<string>;
}

/** Every row checked on its own and against the others: each problem in Vietnamese, named by its column. */
export function checkPeopleRows(rows: readonly SheetRow[], catalog: PeopleCatalog): PeopleImportRowDto[] {
  const firstRowOf = new Map<string, number>();
  return rows.map((sheetRow) => {
    const problems: string[] = [];
    const username = sheetRow.username.trim().toLowerCase();
    const fullName = sheetRow.fullName.normalize('NFC').trim().replace(/\s+/g, ' ');
    const unitCode = sheetRow.unitCode.trim().toUpperCase();
    const email = sheetRow.email.trim();
    const { roles, unknown } = rolesOf(sheetRow.roles);
    if (username === '') problems.push('Thiếu tên đăng nhập');
    else if (!USERNAME.test(username))
      problems.push(
        `Tên đăng nhập "${username}" chỉ được gồm chữ thường không dấu, số, dấu chấm, gạch (3–64 ký tự)`,
      );
    else if (catalog.takenUsernames.has(username))
      problems.push(`Tên đăng nhập "${username}" đã có người dùng`);
    else if (firstRowOf.has(username))
      problems.push(`Tên đăng nhập "${username}" trùng với dòng ${firstRowOf.get(username)}`);
    else firstRowOf.set(username, sheetRow.row);
    if (fullName === '') problems.push('Thiếu họ và tên');
    else if (fullName.length > 200) problems.push('Họ và tên dài quá 200 ký tự');
    if (unitCode !== '' && !catalog.unitCodes.has(unitCode))
      problems.push(`Không có đơn vị mã "${unitCode}" đang hoạt động trong phường`);
    if (unknown.length) problems.push(`Không hiểu vai trò: ${unknown.join(', ')}`);
    else if (roles.length === 0) problems.push('Thiếu vai trò');
    if (email !== '' && !EMAIL.test(email)) problems.push(`Email "${email}" không hợp lệ`);
    return {
      row: sheetRow.row,
      username,
      fullName,
      unitCode,
      roles,
      email: email === '' ? null : email,
      problems,
    };
  });
}
