import {
  ADMIN_API,
  API,
  CITY_API,
  type AdminUserDto,
  type CityPersonDto,
  type CityWardDto,
  type CreatedUserDto,
  type CreatedWardDto,
  type LeadershipWardDto,
  type LoginResponse,
} from '@dondoc/contracts';
import { ApiClient } from '../../../testing/api-client';
import { describeEachDatabase } from '../../../testing/each-database';
import { createFixture, FIXTURE_PASSWORD, type Fixture } from '../../../testing/fixtures';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import { postAuth } from '../../auth/testing/auth-http';
import { WardGrantEntity } from '../../org/entities/ward-grant.entity';
import { WardEntity } from '../../org/entities/ward.entity';
import { adminCall } from '../testing/admin-http';
import { createWard } from '../wards/create-ward';
import { createWardArgs } from '../wards/create-ward-args';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The city's office, made from the command line with `--city`: its admin creates wards from the
 * page and grants the office's people access to the wards within reach — never beyond it.
 */
describeEachDatabase('city-level administration', (kind) => {
  let testApp: TestApp;
  let other: Fixture;
  let cityToken: string;
  let leader: AdminUserDto;
  let leaderToken: string;

  const signInFirst = async (username: string, oneTimePassword: string, newPassword: string) => {
    const changed = await postAuth<LoginResponse>(testApp.url, API.changePassword, {
      body: { username, password: oneTimePassword, newPassword },
    });
    expect(changed.status).toBe(200);
    return changed.body.accessToken;
  };
  const asCity = <T>(method: Method, path: string, body?: unknown) =>
    adminCall<T>(testApp.url, cityToken, method, path, body);
  const wardCount = () => testApp.dataSource.getRepository(WardEntity).count();

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    other = await createFixture(testApp.dataSource, { taskCount: 1 });
    const office = await createWard(
      testApp.dataSource,
      createWardArgs(['--code', 'TP', '--name', 'UBND thành phố', '--admin', 'admin.tp', '--city']),
    );
    cityToken = await signInFirst('admin.tp', office.oneTimePassword, 'quan-tri-thanh-pho-2026');
    const made = await asCity<CreatedUserDto>('POST', ADMIN_API.users, {
      username: 'lanhdao.tp',
      fullName: 'Lãnh đạo thành phố',
      unitId: null,
      roles: ['leader'],
    });
    expect(made.status).toBe(201);
    leader = made.body.user;
    leaderToken = await signInFirst('lanhdao.tp', made.body.oneTimePassword, 'lanh-dao-thanh-pho-2026');
  });

  afterAll(() => testApp.close());

  it('creates a ward from the template with its first admin, within the creator’s reach at once', async () => {
    expect((await asCity<CityWardDto[]>('GET', CITY_API.wards)).body.map((ward) => ward.code)).toEqual([
      'TP',
    ]);
    const created = await asCity<CreatedWardDto>('POST', CITY_API.wards, {
      code: 'hl',
      name: 'Phường Hạ Long',
      province: 'Quảng Ninh',
      adminUsername: 'admin.hl',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ward: { code: 'HL', name: 'Phường Hạ Long', home: false },
      adminUsername: 'admin.hl',
    });
    const wards = await asCity<CityWardDto[]>('GET', CITY_API.wards);
    expect(wards.body.map((ward) => [ward.code, ward.home])).toEqual([
      ['TP', true],
      ['HL', false],
    ]);
    const wardAdmin = await signInFirst('admin.hl', created.body.oneTimePassword, 'quan-tri-ha-long-2026');
    const units = await adminCall<unknown[]>(testApp.url, wardAdmin, 'GET', ADMIN_API.units);
    expect(units.body).toHaveLength(9);
  });

  it('refuses a taken ward code or admin username with a clear message, creating nothing', async () => {
    const before = await wardCount();
    const sameCode = await asCity<{ message: string }>('POST', CITY_API.wards, {
      code: 'HL',
      name: 'Lần hai',
      adminUsername: 'khac.hl',
    });
    expect(sameCode).toMatchObject({ status: 400, body: { message: expect.stringContaining('mã HL') } });
    const sameAdmin = await asCity<{ message: string }>('POST', CITY_API.wards, {
      code: 'HL2',
      name: 'Lần hai',
      adminUsername: other.users.admin.username,
    });
    expect(sameAdmin.status).toBe(400);
    expect(sameAdmin.body.message).toContain(other.users.admin.username);
    expect(await wardCount()).toBe(before);
  });

  it('grants and takes back a ward: the leader’s leadership view follows', async () => {
    const hl = (await asCity<CityWardDto[]>('GET', CITY_API.wards)).body.find((ward) => ward.code === 'HL');
    if (!hl) throw new Error('ward HL missing');
    const seen = async () =>
      (await new ApiClient(testApp.url, leaderToken).get<LeadershipWardDto[]>(API.leadershipWards)).body.map(
        (ward) => ward.code,
      );
    expect(await seen()).toEqual(['TP']);

    const granted = await asCity('PUT', CITY_API.grant(leader.id, hl.id));
    expect(granted).toEqual({ status: 200, body: { userId: leader.id, wardId: hl.id, granted: true } });
    expect((await asCity('PUT', CITY_API.grant(leader.id, hl.id))).status).toBe(200);
    expect(await seen()).toEqual(['TP', 'HL']);
    const people = await asCity<CityPersonDto[]>('GET', CITY_API.people);
    expect(people.body.find((person) => person.id === leader.id)?.wardIds).toEqual([hl.id]);

    const revoked = await asCity('DELETE', CITY_API.grant(leader.id, hl.id));
    expect(revoked).toEqual({ status: 200, body: { userId: leader.id, wardId: hl.id, granted: false } });
    expect(await seen()).toEqual(['TP']);
  });

  it('answers 404 beyond the reach and 403 to anyone but a city-level admin, writing nothing', async () => {
    const grantsBefore = await testApp.dataSource.getRepository(WardGrantEntity).count();
    const hl = (await asCity<CityWardDto[]>('GET', CITY_API.wards)).body.find((ward) => ward.code === 'HL');
    if (!hl) throw new Error('ward HL missing');
    for (const [method, path] of [
      ['PUT', CITY_API.grant(leader.id, other.ward.id)],
      ['DELETE', CITY_API.grant(leader.id, other.ward.id)],
      ['PUT', CITY_API.grant(other.users.leader.id, hl.id)],
      ['DELETE', CITY_API.grant(other.users.leader.id, hl.id)],
    ] as const) {
      expect({ path, status: (await asCity(method, path)).status }).toEqual({ path, status: 404 });
    }
    const home = (await asCity<CityWardDto[]>('GET', CITY_API.wards)).body.find((ward) => ward.home);
    expect((await asCity('PUT', CITY_API.grant(leader.id, home?.id ?? ''))).status).toBe(400);

    const wardAdmin = (await ApiClient.login(testApp.url, other.users.admin.username, FIXTURE_PASSWORD))
      .accessToken;
    for (const [method, path, body] of [
      ['GET', CITY_API.wards, undefined],
      ['POST', CITY_API.wards, { code: 'X9', name: 'X', adminUsername: 'admin.x9' }],
      ['GET', CITY_API.people, undefined],
      ['PUT', CITY_API.grant(other.users.leader.id, other.ward.id), undefined],
      ['DELETE', CITY_API.grant(other.users.leader.id, other.ward.id), undefined],
    ] as const) {
      const answer = await adminCall(testApp.url, wardAdmin, method, path, body);
      expect({ path, status: answer.status }).toEqual({ path, status: 403 });
      const asLeader = await adminCall(testApp.url, leaderToken, method, path, body);
      expect({ path, status: asLeader.status }).toEqual({ path, status: 403 });
    }
    expect(await testApp.dataSource.getRepository(WardGrantEntity).count()).toBe(grantsBefore);
  });

  it('keeps the city-level role out of a ward admin’s hands', async () => {
    const wardAdmin = (await ApiClient.login(testApp.url, other.users.admin.username, FIXTURE_PASSWORD))
      .accessToken;
    const given = await adminCall(testApp.url, wardAdmin, 'PATCH', ADMIN_API.user(other.users.leader.id), {
      roles: ['leader', 'city_admin'],
    });
    expect(given.status).toBe(400);
    const me = (await asCity<AdminUserDto[]>('GET', ADMIN_API.users)).body.find(
      (person) => person.username === 'admin.tp',
    );
    if (!me) throw new Error('admin.tp missing');
    const kept = await asCity<AdminUserDto>('PATCH', ADMIN_API.user(me.id), { roles: ['admin', 'leader'] });
    expect(kept.status).toBe(200);
    expect(kept.body.roles).toEqual(['admin', 'leader', 'city_admin']);
  });
});
