import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { ImportCatalogDto } from './dto/import-catalog.dto';
import { ImportClient } from './testing/import-client';
import { teachSeedCatalog } from './testing/seed-catalog';

describeEachDatabase('the units and groups an unknown name may be mapped to', (kind) => {
  let testApp: TestApp;
  let fixture: Fixture;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    fixture = await createFixture(testApp.dataSource, { taskCount: 0 });
    await teachSeedCatalog(testApp.dataSource, fixture.ward.id, 'NC');
    // Another ward's units never show.
    await createFixture(testApp.dataSource, { taskCount: 0 });
  });

  afterAll(() => testApp.close());

  it('answers the ward’s own units and member groups to an admin and to a Văn phòng clerk', async () => {
    for (const seat of ['admin', 'officeClerk'] as const) {
      const client = await ImportClient.login(testApp.url, fixture.users[seat].username);
      const answer = await client.get('/api/plans/import/catalog');
      expect(answer.status).toBe(200);
      const catalog = answer.body as unknown as ImportCatalogDto;
      const codes = catalog.units.map((unit) => unit.code);
      expect(codes).toEqual(expect.arrayContaining(['VP', 'VHXH', 'PVHCC', 'DVSNC']));
      expect(new Set(codes).size).toBe(codes.length);
      expect(catalog.groups.length).toBeGreaterThan(0);
      expect(catalog.groups.some((group) => group.allUnits)).toBe(true);
      for (const group of catalog.groups.filter((each) => !each.allUnits))
        expect(group.memberCodes.every((code) => codes.includes(code))).toBe(true);
    }
  });

  it('refuses a unit’s staff', async () => {
    const staff = await ImportClient.login(testApp.url, fixture.users.leadStaff.username);
    expect((await staff.get('/api/plans/import/catalog')).status).toBe(403);
  });
});
