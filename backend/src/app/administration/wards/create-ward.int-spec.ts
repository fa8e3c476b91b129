import {
  ADMIN_API,
  MUST_CHANGE_PASSWORD,
  type AdminUnitDto,
  type LoginResponse,
  type WardSettingsDto,
} from '@dondoc/contracts';
import { describeEachDatabase } from '../../../testing/each-database';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import { login, postAuth } from '../../auth/testing/auth-http';
import { UnitGroupEntity } from '../../org/entities/unit-group.entity';
import { WardEntity } from '../../org/entities/ward.entity';
import { adminCall } from '../testing/admin-http';
import { CreateWardRefusedError, createWard } from './create-ward';
import { createWardArgs } from './create-ward-args';

describeEachDatabase('create-ward', (kind) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
  });

  afterAll(() => testApp.close());

  it('makes a ward usable at once: template units and groups, settings, and an admin who must change the password', async () => {
    const created = await createWard(
      testApp.dataSource,
      createWardArgs([
        '--code',
        'hl',
        '--name',
        'Phường Hạ Long',
        '--province',
        'Quảng Ninh',
        '--admin',
        'Admin.HL',
      ]),
    );
    expect(created).toMatchObject({ unitCount: 9, adminUsername: 'admin.hl' });

    const first = await login(testApp.url, 'admin.hl', created.oneTimePassword);
    expect(first.status).toBe(403);
    expect(first.body.details).toEqual([MUST_CHANGE_PASSWORD]);
    const changed = await postAuth<LoginResponse>(testApp.url, '/api/auth/password', {
      body: { username: 'admin.hl', password: created.oneTimePassword, newPassword: 'quan-tri-ha-long-2026' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.user.ward).toMatchObject({ code: 'HL', name: 'Phường Hạ Long' });
    const token = changed.body.accessToken;

    const units = await adminCall<AdminUnitDto[]>(testApp.url, token, 'GET', ADMIN_API.units);
    expect(units.body.map((unit) => unit.code).sort()).toEqual(
      ['CA', 'DVSNC', 'KTHTDT', 'MTTQ', 'PVHCC', 'QS', 'UBND', 'VHXH', 'VP'].sort(),
    );
    expect(units.body.find((unit) => unit.code === 'VP')).toMatchObject({ kind: 'office', active: true });
    const settings = await adminCall<WardSettingsDto>(testApp.url, token, 'GET', ADMIN_API.settings);
    const idOf = (code: string) => units.body.find((unit) => unit.code === code)?.id;
    expect(settings.body).toMatchObject({ reviewerUnitId: idOf('VHXH'), approverUnitId: idOf('VP') });

    const groups = await testApp.dataSource.getRepository(UnitGroupEntity).findBy({ wardId: created.wardId });
    expect(groups).toHaveLength(created.groupCount);
    expect(groups.find((group) => group.name === 'Các đơn vị sự nghiệp công lập')?.members).toEqual([
      idOf('DVSNC'),
    ]);
  });

  it('refuses a taken ward code or admin username, and options it does not know, writing nothing', async () => {
    const wardsBefore = await testApp.dataSource.getRepository(WardEntity).count();
    await expect(
      createWard(
        testApp.dataSource,
        createWardArgs(['--code', 'HL', '--name', 'Lần hai', '--admin', 'khac.hl']),
      ),
    ).rejects.toThrow('a ward with code HL exists');
    await expect(
      createWard(
        testApp.dataSource,
        createWardArgs(['--code', 'HL2', '--name', 'Lần hai', '--admin', 'admin.hl']),
      ),
    ).rejects.toThrow('the username admin.hl is taken');
    expect(() => createWardArgs(['--code', 'X', '--ten', 'Y'])).toThrow(CreateWardRefusedError);
    expect(() => createWardArgs(['--code', 'X', '--name', 'Y'])).toThrow('missing adminUsername');
    expect(await testApp.dataSource.getRepository(WardEntity).count()).toBe(wardsBefore);
  });
});
