import type { CurrentUser } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { UserEntity } from '../org/entities/user.entity';
import { WardEntity } from '../org/entities/ward.entity';
import { FirstAdmin, FirstAdminConflictError } from './first-admin';

describeEachDatabase('the first admin outside demo mode', (kind) => {
  const apps: TestApp[] = [];
  const start = async (env: Record<string, string>, database?: TestApp['database']) => {
    const testApp = await startTestApp(kind, env, { database });
    apps.push(testApp);
    return testApp;
  };

  afterEach(async () => {
    // Later apps may share the first one's database: close them first.
    for (const testApp of apps.splice(0).reverse()) await testApp.close();
    jest.restoreAllMocks();
  });

  it('takes the username and password from the environment', async () => {
    const testApp = await start({
      ADMIN_USERNAME: 'quantri',
      ADMIN_PASSWORD: 'mot-mat-khau-du-dai',
      ADMIN_WARD_CODE: 'HD',
      ADMIN_WARD_NAME: 'Phường Hải Dương',
    });
    const admin = await ApiClient.login(testApp.url, 'quantri', 'mot-mat-khau-du-dai');
    const me = (await admin.get<CurrentUser>(API.me)).body;
    expect(me).toMatchObject({
      roles: ['admin'],
      unit: null,
      ward: { code: 'HD', name: 'Phường Hải Dương' },
    });
    expect(await testApp.dataSource.manager.countBy(UserEntity, { username: 'quantri' })).toBe(1);
  });

  it('generates a strong password and prints it once when none is configured', async () => {
    const printed = captureStdout();
    const testApp = await start({ ADMIN_PASSWORD: '' });
    const banners = printed.filter((text) => text.includes('FIRST ADMIN CREATED'));
    expect(banners).toHaveLength(1);
    const password = /password: (\S+)/.exec(banners[0])?.[1] ?? '';
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(banners[0]).toMatch(/username: admin\s+ward: PHUONG/);

    const admin = await ApiClient.login(testApp.url, 'admin', password);
    expect((await admin.get<CurrentUser>(API.me)).body.roles).toEqual(['admin']);
    const stored = await testApp.dataSource.manager.findOneByOrFail(UserEntity, { username: 'admin' });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(password);

    // A restart on the same database finds the admin and prints nothing.
    const restarted = await start({ ADMIN_PASSWORD: '' }, testApp.database);
    expect(printed.filter((text) => text.includes('FIRST ADMIN CREATED'))).toHaveLength(1);
    expect(await restarted.app.get(FirstAdmin).createIfNone()).toBe(false);
    expect(await restarted.dataSource.manager.countBy(WardEntity, { code: 'PHUONG' })).toBe(1);
  });

  it('generates a different password for every fresh database', async () => {
    const printed = captureStdout();
    await start({ ADMIN_PASSWORD: '' });
    await start({ ADMIN_PASSWORD: '' });
    const passwords = printed.flatMap((text) => /password: (\S+)/.exec(text)?.[1] ?? []);
    expect(passwords).toHaveLength(2);
    expect(passwords[0]).not.toBe(passwords[1]);
  });

  it('refuses to hand out ADMIN_USERNAME when that user exists without the admin role', async () => {
    const testApp = await start({});
    await testApp.dataSource.manager.update(UserEntity, { username: 'admin' }, { roles: ['staff'] });
    await expect(testApp.app.get(FirstAdmin).createIfNone()).rejects.toThrow(FirstAdminConflictError);
    await expect(testApp.app.get(FirstAdmin).createIfNone()).rejects.toThrow(/^ADMIN_USERNAME: /);
  });
});

/** What the process writes to stdout from now on; the text still reaches the real stdout. */
function captureStdout(): string[] {
  const printed: string[] = [];
  const write = process.stdout.write.bind(process.stdout) as (chunk: string | Uint8Array) => boolean;
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return write(chunk);
  });
  return printed;
}
