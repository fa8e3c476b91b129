import { ADMIN_API, type AdminUnitGroupDto, type NameUsesDto } from '@dondoc/contracts';
import { ApiClient } from '../../../testing/api-client';
import { describeEachDatabase } from '../../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD } from '../../../testing/fixtures';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import { adminCall } from '../testing/admin-http';

/** The fixture's plan writes its lead as "Trung tâm PVHCC" and its cooperator as "Phòng KTHT". */
describeEachDatabase('where the ward’s names were met', (kind) => {
  let testApp: TestApp;
  let wardA: Fixture;
  let wardB: Fixture;
  let adminA: string;
  let adminB: string;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    wardA = await createFixture(testApp.dataSource, { taskCount: 1 });
    wardB = await createFixture(testApp.dataSource, { taskCount: 1 });
    adminA = (await ApiClient.login(testApp.url, wardA.users.admin.username, FIXTURE_PASSWORD)).accessToken;
    adminB = (await ApiClient.login(testApp.url, wardB.users.admin.username, FIXTURE_PASSWORD)).accessToken;
  });

  afterAll(() => testApp.close());

  it('names the plans each unit alias and group wording was met in, in the caller’s ward only', async () => {
    const pvhcc = wardA.units.PVHCC.id;
    await adminCall(testApp.url, adminA, 'PUT', ADMIN_API.unitAliases(pvhcc), {
      aliases: ['Trung tâm PVHCC', 'TT Phục vụ hành chính công'],
    });
    const group = await adminCall<AdminUnitGroupDto>(testApp.url, adminA, 'POST', ADMIN_API.groups, {
      name: 'Khối hạ tầng',
      aliases: ['phòng ktht'],
      members: [wardA.units.KTHT.id],
    });
    expect(group.status).toBe(201);

    const seen = await adminCall<NameUsesDto>(testApp.url, adminA, 'GET', ADMIN_API.nameUses);
    expect(seen.status).toBe(200);
    const plan = { id: wardA.plan.id, symbol: '1/KH-UBND', title: 'Kế hoạch thử nghiệm' };
    expect(seen.body.units.find((entry) => entry.unitId === pvhcc)?.uses).toEqual([
      { name: 'Trung tâm PVHCC', plans: [plan] },
      { name: 'TT Phục vụ hành chính công', plans: [] },
    ]);
    expect(seen.body.groups.find((entry) => entry.groupId === group.body.id)?.uses).toEqual([
      { name: 'Khối hạ tầng', plans: [] },
      { name: 'phòng ktht', plans: [plan] },
    ]);

    const fromB = await adminCall<NameUsesDto>(testApp.url, adminB, 'GET', ADMIN_API.nameUses);
    expect(fromB.body.units.map((entry) => entry.unitId)).not.toContain(pvhcc);
    expect(fromB.body.groups.map((entry) => entry.groupId)).not.toContain(group.body.id);
    const staff = (await ApiClient.login(testApp.url, wardA.users.leadStaff.username, FIXTURE_PASSWORD))
      .accessToken;
    expect((await adminCall(testApp.url, staff, 'GET', ADMIN_API.nameUses)).status).toBe(403);
  });
});
