import {
  ADMIN_API,
  type AdminCalendarDto,
  type AdminUnitDto,
  type AdminUnitGroupDto,
  type AdminUserDto,
  type ApiErrorBody,
  type CreatedUserDto,
  type LoginResponse,
  MUST_CHANGE_PASSWORD,
  type OneTimePasswordDto,
  type PeopleImportPreviewDto,
  type PeopleImportResultDto,
  type WardSettingsDto,
} from '@dondoc/contracts';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD } from '../../testing/fixtures';
import { connectClient } from '../../testing/socket-client';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { login, postAuth, refresh } from '../auth/testing/auth-http';
import { UserEntity } from '../org/entities/user.entity';
import { adminCall, peopleWorkbook, sheetForm, XLSX_TYPE } from './testing/admin-http';

type Answer<T> = { status: number; body: T & ApiErrorBody };

describeEachDatabase('administration of a ward', (kind) => {
  let testApp: TestApp;
  let wardA: Fixture;
  let wardB: Fixture;
  let adminToken: string;
  let staffToken: string;

  const asAdmin = <T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown) =>
    adminCall<T>(testApp.url, adminToken, method, path, body) as Promise<Answer<T>>;
  const asStaff = <T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, body?: unknown) =>
    adminCall<T>(testApp.url, staffToken, method, path, body) as Promise<Answer<T>>;
  const userCount = () => testApp.dataSource.getRepository(UserEntity).count();

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    wardA = await createFixture(testApp.dataSource, { taskCount: 2 });
    wardB = await createFixture(testApp.dataSource, { taskCount: 1 });
    adminToken = (await ApiClient.login(testApp.url, wardA.users.admin.username, FIXTURE_PASSWORD))
      .accessToken;
    staffToken = (await ApiClient.login(testApp.url, wardA.users.leadStaff.username, FIXTURE_PASSWORD))
      .accessToken;
  });

  afterAll(() => testApp.close());

  describe('units', () => {
    it('lists the ward’s own units, creates one, renames it, changes its code and kind and its aliases', async () => {
      const listed = await asAdmin<AdminUnitDto[]>('GET', ADMIN_API.units);
      expect(listed.status).toBe(200);
      expect(listed.body.map((unit) => unit.code)).toEqual(['CA', 'KTHT', 'PVHCC', 'UBND', 'VHXH', 'VP']);

      const created = await asAdmin<AdminUnitDto>('POST', ADMIN_API.units, {
        code: 'tckt',
        name: '  Phòng Tài chính – Kế toán ',
        kind: 'specialist',
        aliases: ['Phòng TCKT', 'phòng tckt', ' '],
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        code: 'TCKT',
        name: 'Phòng Tài chính – Kế toán',
        aliases: ['Phòng TCKT'],
        active: true,
      });

      const renamed = await asAdmin<AdminUnitDto>('PATCH', ADMIN_API.unit(created.body.id), {
        name: 'Phòng Tài chính – Kế hoạch',
        code: 'TCKH',
        kind: 'office',
      });
      expect(renamed.body).toMatchObject({
        code: 'TCKH',
        name: 'Phòng Tài chính – Kế hoạch',
        kind: 'office',
      });
      const aliased = await asAdmin<AdminUnitDto>('PUT', ADMIN_API.unitAliases(created.body.id), {
        aliases: ['Phòng TCKH', 'Phòng Tài chính - Kế hoạch'],
      });
      expect(aliased.body.aliases).toEqual(['Phòng TCKH', 'Phòng Tài chính - Kế hoạch']);
      const again = await asAdmin<AdminUnitDto[]>('GET', ADMIN_API.units);
      expect(again.body.find((unit) => unit.id === created.body.id)).toEqual(aliased.body);
    });

    it('refuses a code the ward already has, on create and on rename, and changes nothing', async () => {
      const before = await asAdmin<AdminUnitDto[]>('GET', ADMIN_API.units);
      const duplicate = await asAdmin('POST', ADMIN_API.units, {
        code: 'vhxh',
        name: 'Phòng khác',
        kind: 'specialist',
      });
      expect(duplicate.status).toBe(400);
      expect(duplicate.body.message).toContain('VHXH');
      const renamed = await asAdmin('PATCH', ADMIN_API.unit(wardA.units.CA.id), {
        code: 'VP',
        name: 'Đổi tên',
      });
      expect(renamed.status).toBe(400);
      expect((await asAdmin<AdminUnitDto[]>('GET', ADMIN_API.units)).body).toEqual(before.body);
    });

    it('takes a code another ward uses: codes are unique per ward', async () => {
      const created = await asAdmin<AdminUnitDto>('POST', ADMIN_API.units, {
        code: 'QS',
        name: 'Ban Chỉ huy quân sự phường',
        kind: 'outside',
      });
      expect(created.status).toBe(201);
    });

    it('refuses to deactivate a unit that leads open tasks, naming them; deactivates one that leads none', async () => {
      const refused = await asAdmin<AdminUnitDto>('POST', ADMIN_API.unitDeactivate(wardA.units.PVHCC.id));
      expect(refused.status).toBe(400);
      expect(refused.body.message).toContain('2 nhiệm vụ');
      expect(refused.body.details).toEqual(wardA.tasks.map((task) => expect.stringContaining(task.ref)));
      const listed = await asAdmin<AdminUnitDto[]>('GET', ADMIN_API.units);
      expect(listed.body.find((unit) => unit.code === 'PVHCC')?.active).toBe(true);

      const done = await asAdmin<AdminUnitDto>('POST', ADMIN_API.unitDeactivate(wardA.units.CA.id));
      expect(done.status).toBe(200);
      expect(done.body.active).toBe(false);
      const back = await asAdmin<AdminUnitDto>('POST', ADMIN_API.unitReactivate(wardA.units.CA.id));
      expect(back.body.active).toBe(true);
    });

    it('answers 404 for another ward’s unit and 403 to a non-admin, changing nothing', async () => {
      const foreign = wardB.units.VHXH.id;
      for (const [method, path, body] of [
        ['PATCH', ADMIN_API.unit(foreign), { name: 'Chiếm' }],
        ['PUT', ADMIN_API.unitAliases(foreign), { aliases: ['x'] }],
        ['POST', ADMIN_API.unitDeactivate(foreign), undefined],
        ['POST', ADMIN_API.unitReactivate(foreign), undefined],
      ] as const) {
        expect({ path, status: (await asAdmin(method, path, body)).status }).toEqual({ path, status: 404 });
      }
      expect((await asStaff('GET', ADMIN_API.units)).status).toBe(403);
      expect(
        (await asStaff('POST', ADMIN_API.units, { code: 'X1', name: 'X', kind: 'specialist' })).status,
      ).toBe(403);
      expect((await asStaff('POST', ADMIN_API.unitDeactivate(wardA.units.CA.id))).status).toBe(403);
      const unitB = await testApp.dataSource.getRepository('unit').findOneBy({ id: foreign });
      expect(unitB).toMatchObject({ name: wardB.units.VHXH.name, deactivatedAt: null });
    });
  });

  describe('groups', () => {
    it('creates a group of the ward’s units with its wordings, edits it and deletes it', async () => {
      const created = await asAdmin<AdminUnitGroupDto>('POST', ADMIN_API.groups, {
        name: 'Các cơ quan chủ trì CCHC',
        aliases: ['Các cơ quan chủ trì CCHC của phường', 'các cơ quan chủ trì cchc của phường'],
        members: [wardA.units.VHXH.id, wardA.units.VP.id],
      });
      expect(created.status).toBe(201);
      expect(created.body.aliases).toEqual(['Các cơ quan chủ trì CCHC của phường']);
      const edited = await asAdmin<AdminUnitGroupDto>('PUT', ADMIN_API.group(created.body.id), {
        name: 'Các phòng chuyên môn',
        aliases: ['Các phòng, ban chuyên môn'],
        members: 'all',
      });
      expect(edited.body).toMatchObject({ name: 'Các phòng chuyên môn', members: 'all' });
      const listed = await asAdmin<AdminUnitGroupDto[]>('GET', ADMIN_API.groups);
      expect(listed.body).toEqual([edited.body]);
      expect(
        (await adminCall(testApp.url, adminToken, 'DELETE', ADMIN_API.group(created.body.id))).status,
      ).toBe(204);
      expect((await asAdmin<AdminUnitGroupDto[]>('GET', ADMIN_API.groups)).body).toEqual([]);
    });

    it('refuses a taken name, a unit of another ward, and another ward’s group (404); keeps a body outside the ward as a group without members', async () => {
      const first = await asAdmin<AdminUnitGroupDto>('POST', ADMIN_API.groups, {
        name: 'Khối văn hóa',
        aliases: [],
        members: [wardA.units.VHXH.id],
      });
      expect(first.status).toBe(201);
      const sameName = await asAdmin('POST', ADMIN_API.groups, {
        name: 'khối  VĂN HÓA',
        aliases: [],
        members: 'all',
      });
      expect(sameName.status).toBe(400);
      const foreignUnit = await asAdmin('POST', ADMIN_API.groups, {
        name: 'Khối khác',
        aliases: [],
        members: [wardB.units.VHXH.id],
      });
      expect(foreignUnit.status).toBe(400);
      const outside = await asAdmin<AdminUnitGroupDto>('POST', ADMIN_API.groups, {
        name: 'Hội Cựu chiến binh phường',
        aliases: [],
        members: [],
      });
      expect(outside.body.members).toEqual([]);
      const adminB = await ApiClient.login(testApp.url, wardB.users.admin.username, FIXTURE_PASSWORD);
      const byB = await adminCall(testApp.url, adminB.accessToken, 'PUT', ADMIN_API.group(first.body.id), {
        name: 'Chiếm',
        aliases: [],
        members: 'all',
      });
      expect(byB.status).toBe(404);
      expect(
        (await adminCall(testApp.url, adminB.accessToken, 'DELETE', ADMIN_API.group(first.body.id))).status,
      ).toBe(404);
      expect((await asAdmin<AdminUnitGroupDto[]>('GET', ADMIN_API.groups)).body).toEqual([
        outside.body,
        first.body,
      ]);
      expect((await asStaff('GET', ADMIN_API.groups)).status).toBe(403);
    });
  });

  describe('people', () => {
    it('creates a person with a one-time password that only opens the change-password form', async () => {
      const created = await asAdmin<CreatedUserDto>('POST', ADMIN_API.users, {
        username: 'lan.nt',
        fullName: 'Nguyễn Thị Lan',
        unitId: wardA.units.VHXH.id,
        roles: ['staff', 'reviewer'],
        email: 'lan.nt@phuong.gov.vn',
      });
      expect(created.status).toBe(201);
      expect(created.body.user).toMatchObject({ username: 'lan.nt', mustChangePassword: true, active: true });
      const password = created.body.oneTimePassword;
      expect(password).toMatch(/^[A-Za-z0-9_-]{12}$/);

      const first = await login(testApp.url, 'lan.nt', password);
      expect(first.status).toBe(403);
      expect(first.body.details).toEqual([MUST_CHANGE_PASSWORD]);
      expect(first.refreshToken).toBeUndefined();

      const tooShort = await postAuth(testApp.url, '/api/auth/password', {
        body: { username: 'lan.nt', password, newPassword: 'ngan' },
      });
      expect(tooShort.status).toBe(400);
      const changed = await postAuth<LoginResponse>(testApp.url, '/api/auth/password', {
        body: { username: 'lan.nt', password, newPassword: 'mat-khau-cua-lan-2026' },
      });
      expect(changed.status).toBe(200);
      expect(changed.body.user.username).toBe('lan.nt');
      expect((await login(testApp.url, 'lan.nt', password)).status).toBe(401);
      expect((await login(testApp.url, 'lan.nt', 'mat-khau-cua-lan-2026')).status).toBe(200);
    });

    it('refuses a username already taken, even in another ward, and a unit of another ward, creating nobody', async () => {
      const before = await userCount();
      const taken = await asAdmin('POST', ADMIN_API.users, {
        username: wardB.users.leadStaff.username,
        fullName: 'Trùng tên',
        unitId: null,
        roles: ['staff'],
      });
      expect(taken.status).toBe(400);
      expect(taken.body.message).toContain(wardB.users.leadStaff.username);
      const foreignUnit = await asAdmin('POST', ADMIN_API.users, {
        username: 'nguoi.moi',
        fullName: 'Người mới',
        unitId: wardB.units.VHXH.id,
        roles: ['staff'],
      });
      expect(foreignUnit.status).toBe(400);
      expect(await userCount()).toBe(before);
    });

    it('resets a password: the old one stops, the new one-time password must be changed', async () => {
      const person = wardA.users.reviewerClerk;
      const reset = await asAdmin<OneTimePasswordDto>('POST', ADMIN_API.userPasswordReset(person.id));
      expect(reset.status).toBe(200);
      expect(reset.body.username).toBe(person.username);
      expect((await login(testApp.url, person.username, FIXTURE_PASSWORD)).status).toBe(401);
      const withReset = await login(testApp.url, person.username, reset.body.oneTimePassword);
      expect(withReset.status).toBe(403);
      expect(withReset.body.details).toEqual([MUST_CHANGE_PASSWORD]);
    });

    it('ends a deactivated person’s sessions at once: refresh token, live socket and sign-in', async () => {
      const person = wardA.users.cooperator;
      const signedIn = await login(testApp.url, person.username, FIXTURE_PASSWORD);
      expect(signedIn.status).toBe(200);
      const socket = await connectClient(testApp.url, signedIn.body.accessToken);
      const closed = new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
      const told = new Promise<void>((resolve) => socket.once('auth.expired', () => resolve()));

      const deactivated = await asAdmin<AdminUserDto>('POST', ADMIN_API.userDeactivate(person.id));
      expect(deactivated.status).toBe(200);
      expect(deactivated.body.active).toBe(false);
      await told;
      expect(await closed).toBe('io server disconnect');
      // The access token is still unexpired, yet it opens no new socket.
      const reconnected = await connectClient(testApp.url, signedIn.body.accessToken);
      const reason = reconnected.connected
        ? await new Promise<string>((resolve) => reconnected.once('disconnect', (why) => resolve(why)))
        : 'io server disconnect';
      expect(reason).toBe('io server disconnect');
      expect((await refresh(testApp.url, signedIn.refreshToken)).status).toBe(401);
      const again = await login(testApp.url, person.username, FIXTURE_PASSWORD);
      expect(again.status).toBe(403);
      expect(again.refreshToken).toBeUndefined();

      expect((await asAdmin('POST', ADMIN_API.userReactivate(person.id))).status).toBe(200);
      expect((await login(testApp.url, person.username, FIXTURE_PASSWORD)).status).toBe(200);
    });

    it('answers 404 for another ward’s person and 403 to a non-admin, changing nothing', async () => {
      const foreign = wardB.users.leadStaff;
      for (const [path, body] of [
        [ADMIN_API.user(foreign.id), { fullName: 'Chiếm' }],
        [ADMIN_API.userDeactivate(foreign.id), undefined],
        [ADMIN_API.userReactivate(foreign.id), undefined],
        [ADMIN_API.userPasswordReset(foreign.id), undefined],
      ] as const) {
        const method = body ? 'PATCH' : 'POST';
        expect({ path, status: (await asAdmin(method, path, body)).status }).toEqual({ path, status: 404 });
      }
      expect((await login(testApp.url, foreign.username, FIXTURE_PASSWORD)).status).toBe(200);
      expect((await asStaff('GET', ADMIN_API.users)).status).toBe(403);
      expect((await asStaff('POST', ADMIN_API.userPasswordReset(wardA.users.leader.id))).status).toBe(403);
      expect((await login(testApp.url, wardA.users.leader.username, FIXTURE_PASSWORD)).status).toBe(200);
    });
  });

  describe('people in bulk', () => {
    const HEADER = ['STT', 'Tên đăng nhập', 'Họ và tên', 'Đơn vị', 'Vai trò', 'Email'];

    it('previews every row with its problems and creates none while any row is broken', async () => {
      const sheet = await peopleWorkbook(HEADER, [
        ['1', 'an.nv', 'Nguyễn Văn An', 'VHXH', 'Chuyên viên', 'an@phuong.gov.vn'],
        ['2', wardB.users.approver.username, 'Trùng người phường khác', 'VP', 'staff', ''],
        ['3', 'binh.tt', '', 'KHONGCO', 'Trưởng phòng', ''],
        ['4', 'an.nv', 'Trùng dòng 2', 'VP', 'bay nhảy', 'khong-phai-email'],
      ]);
      const before = await userCount();
      const preview = await asAdmin<PeopleImportPreviewDto>(
        'POST',
        ADMIN_API.usersImportPreview,
        sheetForm(sheet, 'nguoi-dung.xlsx', XLSX_TYPE),
      );
      expect(preview.status).toBe(200);
      expect(preview.body.brokenRows).toBe(3);
      expect(preview.body.rows.map((row) => [row.row, row.problems.length])).toEqual([
        [2, 0],
        [3, 1],
        [4, 2],
        [5, 3],
      ]);
      expect(preview.body.rows[0]).toMatchObject({ username: 'an.nv', unitCode: 'VHXH', roles: ['staff'] });

      const refused = await asAdmin(
        'POST',
        ADMIN_API.usersImport,
        sheetForm(sheet, 'nguoi-dung.xlsx', XLSX_TYPE),
      );
      expect(refused.status).toBe(400);
      expect(refused.body.message).toContain('dòng 3, 4, 5');
      expect(refused.body.details).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Dòng 3: .*đã có người dùng/),
          expect.stringMatching(/^Dòng 5: .*dòng 2/),
        ]),
      );
      expect(await userCount()).toBe(before);
    });

    it('creates everyone of a clean sheet, .xlsx or .csv, each with a one-time password', async () => {
      const sheet = await peopleWorkbook(HEADER, [
        ['1', 'cuong.lv', 'Lê Văn Cường', 'KTHT', 'Chuyên viên', ''],
        ['2', 'dung.pt', 'Phạm Thị Dung', 'KTHT', 'Trưởng phòng, Chuyên viên', 'dung@phuong.gov.vn'],
      ]);
      const created = await asAdmin<PeopleImportResultDto>(
        'POST',
        ADMIN_API.usersImport,
        sheetForm(sheet, 'nguoi-dung.xlsx', XLSX_TYPE),
      );
      expect(created.status).toBe(201);
      expect(created.body.created.map((entry) => entry.username)).toEqual(['cuong.lv', 'dung.pt']);
      const csv = 'Tên đăng nhập;Họ và tên;Đơn vị;Vai trò\r\ne.ha;"Hà, Thị E";VP;approver\r\n';
      const fromCsv = await asAdmin<PeopleImportResultDto>(
        'POST',
        ADMIN_API.usersImport,
        sheetForm(csv, 'nguoi-dung.csv', 'text/csv'),
      );
      expect(fromCsv.status).toBe(201);
      const people = await asAdmin<AdminUserDto[]>('GET', ADMIN_API.users);
      expect(people.body.find((user) => user.username === 'dung.pt')).toMatchObject({
        unitId: wardA.units.KTHT.id,
        roles: ['unit_head', 'staff'],
        email: 'dung@phuong.gov.vn',
        mustChangePassword: true,
      });
      expect(people.body.find((user) => user.username === 'e.ha')).toMatchObject({
        fullName: 'Hà, Thị E',
        roles: ['approver'],
      });
      const first = await login(testApp.url, 'cuong.lv', created.body.created[0].oneTimePassword);
      expect(first.body.details).toEqual([MUST_CHANGE_PASSWORD]);
    });

    it('refuses a file that is no sheet, or a header without the needed columns', async () => {
      const pdf = await asAdmin(
        'POST',
        ADMIN_API.usersImportPreview,
        sheetForm('%PDF-1.4\n', 'x.pdf', 'application/pdf'),
      );
      expect(pdf.status).toBe(400);
      const noRoles = await asAdmin(
        'POST',
        ADMIN_API.usersImportPreview,
        sheetForm(
          await peopleWorkbook(['Tên đăng nhập', 'Họ và tên'], [['a.b', 'A B']]),
          'x.xlsx',
          XLSX_TYPE,
        ),
      );
      expect(noRoles.status).toBe(400);
      expect(noRoles.body.details?.[0]).toContain('vai tro');
      expect(
        (await asStaff('POST', ADMIN_API.usersImportPreview, sheetForm('a', 'x.csv', 'text/csv'))).status,
      ).toBe(403);
    });
  });

  describe('settings', () => {
    it('starts from the deployment’s defaults and keeps what the admin saves', async () => {
      const initial = await asAdmin<WardSettingsDto>('GET', ADMIN_API.settings);
      expect(initial.body).toEqual({
        reviewerUnitId: null,
        approverUnitId: null,
        beforeDateReading: 'previous_day',
        dueSoonWorkingDays: 3,
        digestHour: 7,
      });
      const wanted: WardSettingsDto = {
        reviewerUnitId: wardA.units.VHXH.id,
        approverUnitId: wardA.units.VP.id,
        beforeDateReading: 'same_day',
        dueSoonWorkingDays: 5,
        digestHour: 8,
      };
      expect((await asAdmin('PUT', ADMIN_API.settings, wanted)).status).toBe(200);
      expect((await asAdmin('GET', ADMIN_API.settings)).body).toEqual(wanted);
      const foreign = await asAdmin('PUT', ADMIN_API.settings, {
        ...wanted,
        approverUnitId: wardB.units.VP.id,
      });
      expect(foreign.status).toBe(400);
      expect((await asAdmin('GET', ADMIN_API.settings)).body).toEqual(wanted);
      expect((await asStaff('GET', ADMIN_API.settings)).status).toBe(403);
    });
  });

  describe('working calendar', () => {
    it('shows 2027 as provisional with Tết and Giỗ Tổ, and confirms it from its announcement', async () => {
      const calendar = await asAdmin<AdminCalendarDto>('GET', ADMIN_API.calendar);
      expect(calendar.status).toBe(200);
      const year2027 = calendar.body.years.find((year) => year.year === 2027);
      expect(year2027?.status).toBe('provisional');
      const daysOff = year2027?.daysOff.map((day) => day.date) ?? [];
      expect(daysOff).toEqual(expect.arrayContaining(['2027-02-05', '2027-02-08', '2027-04-16']));

      const withoutSource = await asAdmin('POST', ADMIN_API.calendarConfirm, { year: 2027, source: ' ' });
      expect(withoutSource.status).toBe(400);
      const confirmed = await asAdmin<{ status: string; source: string }>('POST', ADMIN_API.calendarConfirm, {
        year: 2027,
        source: 'Thông báo số 123/TB-BNV',
      });
      expect(confirmed.status).toBe(200);
      expect(confirmed.body).toMatchObject({ status: 'confirmed', source: 'Thông báo số 123/TB-BNV' });
      const after = await asAdmin<AdminCalendarDto>('GET', ADMIN_API.calendar);
      expect(after.body.years.find((year) => year.year === 2027)?.status).toBe('confirmed');

      expect((await asStaff('POST', ADMIN_API.calendarConfirm, { year: 2028, source: 'TB' })).status).toBe(
        403,
      );
      const adminB = await ApiClient.login(testApp.url, wardB.users.admin.username, FIXTURE_PASSWORD);
      const seenByB = await adminCall<AdminCalendarDto>(
        testApp.url,
        adminB.accessToken,
        'GET',
        ADMIN_API.calendar,
      );
      expect(seenByB.body.years.find((year) => year.year === 2027)?.status).toBe('provisional');
    });
  });
});
