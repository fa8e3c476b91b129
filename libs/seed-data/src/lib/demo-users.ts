import type { Role } from '@dondoc/domain';
import type { DemoUserSeed } from './types';

/** Shared by every demo account; the backend hashes it when it seeds the database. */
export const DEMO_PASSWORD = 'dondoc2026';

interface DemoSeat {
  suffix: string;
  unitCode: string;
  roles: Role[];
}

/**
 * One seat per role, so that each permission relation can be tried: staff and head of the
 * reviewer unit and of two other leading units, the reviewer, the approver, the leader, the admin;
 * and a second approver seat, the head of Văn phòng, so that four eyes can be shown: whoever
 * reviewed a version (the office reviews what the reviewer unit leads) cannot approve it, the
 * other approver can.
 */
const SEATS: DemoSeat[] = [
  { suffix: 'vhxh.staff', unitCode: 'VHXH', roles: ['staff'] },
  { suffix: 'vhxh.head', unitCode: 'VHXH', roles: ['unit_head'] },
  { suffix: 'pvhcc.staff', unitCode: 'PVHCC', roles: ['staff'] },
  { suffix: 'pvhcc.head', unitCode: 'PVHCC', roles: ['unit_head'] },
  { suffix: 'vp.staff', unitCode: 'VP', roles: ['staff'] },
  { suffix: 'reviewer', unitCode: 'VHXH', roles: ['reviewer'] },
  { suffix: 'approver', unitCode: 'VP', roles: ['approver'] },
  { suffix: 'leader', unitCode: 'UBND', roles: ['leader'] },
  { suffix: 'admin', unitCode: 'VP', roles: ['admin'] },
  { suffix: 'vp.head', unitCode: 'VP', roles: ['unit_head', 'approver'] },
];

/** Invented people (not the officials who signed the seed plans), in SEATS order. */
const NAMES_BY_WARD: Record<string, { prefix: string; names: string[] }> = {
  HD: {
    prefix: 'hd',
    names: [
      'Nguyễn Thị Thu Hà',
      'Trần Văn Hùng',
      'Lê Thị Mai Anh',
      'Phạm Quốc Bảo',
      'Vũ Thị Hồng Nhung',
      'Đỗ Minh Tuấn',
      'Hoàng Thị Lan',
      'Bùi Đức Thắng',
      'Ngô Văn Khải',
      'Trương Thị Bích Ngọc',
    ],
  },
  NC: {
    prefix: 'nc',
    names: [
      'Đặng Thị Phương',
      'Nguyễn Văn Long',
      'Trịnh Thị Hải Yến',
      'Lương Văn Dũng',
      'Phan Thị Ngọc Ánh',
      'Vương Thị Thanh Huyền',
      'Đinh Văn Quang',
      'Mạc Văn Thành',
      'Tạ Quang Huy',
      'Kiều Văn Sơn',
    ],
  },
  BHL: {
    prefix: 'bhl',
    names: [
      'Nguyễn Thị Hoài Thương',
      'Trần Đình Nam',
      'Phan Thị Thu Hiền',
      'Lê Văn Cường',
      'Đậu Thị Kim Oanh',
      'Võ Thị Minh Châu',
      'Hồ Sỹ Hiếu',
      'Nguyễn Xuân Phúc',
      'Thái Văn Lâm',
      'Chu Thị Thanh Tâm',
    ],
  },
};

function usersOfWard(wardCode: string): DemoUserSeed[] {
  const { prefix, names } = NAMES_BY_WARD[wardCode];
  return SEATS.map((seat, index) => ({
    username: `${prefix}.${seat.suffix}`,
    fullName: names[index],
    wardCode,
    unitCode: seat.unitCode,
    roles: [...seat.roles],
  }));
}

export const DEMO_USERS: DemoUserSeed[] = Object.keys(NAMES_BY_WARD).flatMap(usersOfWard);
