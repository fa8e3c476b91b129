import { foldVietnamese, WARD_ROLES } from '@dondoc/domain';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD, DEMO_USERS } from './lib/demo-users';
import { DEMO_WARDS } from './lib/wards';
import { readSeedPlanText, seedPlanFileNames } from './plan-files';

describe.each(DEMO_WARDS.map((ward) => [ward.code, ward] as const))('ward %s', (_code, ward) => {
  const codes = ward.units.map((unit) => unit.code);

  it('has unique unit codes, including the leadership, reviewer and approver units', () => {
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining(['UBND', 'VP', 'VHXH', 'KTHTDT', 'PVHCC', 'CA', 'QS']));
  });

  it('never gives one spelling to two units or groups', () => {
    const owners = new Map<string, string>();
    const names = [
      ...ward.units.flatMap((unit) => [unit.name, ...unit.aliases].map((alias) => [alias, unit.code])),
      ...ward.groups.flatMap((group) => [group.name, ...group.aliases].map((alias) => [alias, group.name])),
    ];
    for (const [alias, owner] of names) {
      const key = foldVietnamese(alias).replace(/\s*[-–]\s*/g, '-');
      expect([alias, owners.get(key) ?? owner]).toEqual([alias, owner]);
      owners.set(key, owner);
    }
  });

  it('has groups whose members are units of the ward', () => {
    for (const group of ward.groups) {
      if (group.members !== 'all') expect(codes).toEqual(expect.arrayContaining(group.members));
    }
  });

  it('points each plan at VHXH to review and VP to approve, and at a shipped file', () => {
    for (const plan of ward.plans) {
      expect([plan.reviewerUnitCode, plan.approverUnitCode]).toEqual(['VHXH', 'VP']);
      expect(seedPlanFileNames()).toContain(plan.file);
      expect(plan.issuedOn === null || /^\d{4}-\d{2}-\d{2}$/.test(plan.issuedOn)).toBe(true);
    }
  });

  it('has a demo user for every ward role, each in a unit of the ward', () => {
    const users = DEMO_USERS.filter((user) => user.wardCode === ward.code);
    expect(new Set(users.flatMap((user) => user.roles))).toEqual(new Set(WARD_ROLES));
    for (const user of users) expect(codes).toContain(user.unitCode);
  });
});

describe('demo users', () => {
  it.each([
    ['hd.vhxh.staff', 'HD', 'VHXH', ['staff']],
    ['hd.pvhcc.head', 'HD', 'PVHCC', ['unit_head']],
    ['nc.reviewer', 'NC', 'VHXH', ['reviewer']],
    ['nc.approver', 'NC', 'VP', ['approver']],
    ['bhl.leader', 'BHL', 'UBND', ['leader']],
    ['bhl.admin', 'BHL', 'VP', ['admin']],
    ['hd.vp.head', 'HD', 'VP', ['unit_head', 'approver']],
    ['nc.vp.head', 'NC', 'VP', ['unit_head', 'approver']],
  ])('%s belongs to %s / %s', (username, wardCode, unitCode, roles) => {
    expect(DEMO_USERS.find((user) => user.username === username)).toMatchObject({
      wardCode,
      unitCode,
      roles,
    });
  });

  it('seat two approvers in each ward’s office, so one may approve what the other reviewed', () => {
    for (const ward of ['HD', 'NC', 'BHL']) {
      const approvers = DEMO_USERS.filter(
        (user) => user.wardCode === ward && user.unitCode === 'VP' && user.roles.includes('approver'),
      );
      expect(approvers.map((user) => user.username.split('.').slice(1).join('.'))).toEqual([
        'approver',
        'vp.head',
      ]);
    }
  });

  it('have unique usernames prefixed by their ward, and the shared demo password', () => {
    const usernames = DEMO_USERS.map((user) => user.username);
    expect(new Set(usernames).size).toBe(usernames.length);
    for (const user of DEMO_USERS)
      expect(user.username.startsWith(`${user.wardCode.toLowerCase()}.`)).toBe(true);
    expect(DEMO_PASSWORD).toBe('dondoc2026');
  });
});

describe('seed plan files', () => {
  it('lists the three shipped plans', () => {
    expect(seedPlanFileNames()).toEqual([
      'hai-duong-cchc-2026.txt',
      'nhi-chieu-kl226-2026.txt',
      'bac-hong-linh-cchc-2026-framework.txt',
    ]);
  });

  it.each([
    ['hai-duong-cchc-2026.txt', 'Phường Hải Dương'],
    ['nhi-chieu-kl226-2026.txt', '158/KH-UBND'],
    ['bac-hong-linh-cchc-2026-framework.txt', 'Bắc Hồng Lĩnh'],
  ])('reads %s from the default folder', (file, excerpt) => {
    expect(readSeedPlanText(file)).toContain(excerpt);
  });

  it('reads from another folder when told to', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-plans-'));
    writeFileSync(join(dir, 'nhi-chieu-kl226-2026.txt'), 'bản sao');
    expect(readSeedPlanText('nhi-chieu-kl226-2026.txt', dir)).toBe('bản sao');
  });

  it.each(['../package.json', 'khac.txt'])('refuses a name it does not ship: %s', (file) => {
    expect(() => readSeedPlanText(file)).toThrow(/Unknown seed plan/);
  });
});
