import { describeEachDatabase } from '../../testing/each-database';
import type { Fixture } from '../../testing/fixtures';
import { createFixture, FIXTURE_PASSWORD } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { login } from './testing/auth-http';

const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const WRONG = 'mat-khau-sai';

describeEachDatabase('login attempts, limited per account and per address', (kind) => {
  describe('in one process (memory store)', () => {
    let testApp: TestApp;
    let fixture: Fixture;

    beforeAll(async () => {
      testApp = await startTestApp(kind, {
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
        LOGIN_MAX_FAILURES_PER_ADDRESS: '8',
        LOGIN_BLOCK_DURATION: '15m',
      });
      fixture = await createFixture(testApp.dataSource, { taskCount: 1 });
    });

    afterAll(() => testApp.close());

    it('locks an account after its allowed wrong passwords, even against the right one, and says when to retry', async () => {
      const { username } = fixture.users.leadStaff;
      for (let attempt = 1; attempt <= 3; attempt++) {
        const answer = await login(testApp.url, username, WRONG, { localAddress: '127.0.0.2' });
        expect(answer.status).toBe(401);
        expect(answer.body.code).toBe('INVALID_CREDENTIALS');
      }
      const refused = await login(testApp.url, username, FIXTURE_PASSWORD, { localAddress: '127.0.0.2' });
      expect(refused.status).toBe(429);
      expect(refused.body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_ATTEMPTS' });
      expect(refused.body.message).toMatch(/Vui lòng thử lại sau 15 phút \(lúc \d{2}:\d{2}\)/);
      expect(Number(refused.retryAfter)).toBeGreaterThan(14 * 60);
      expect(Number(refused.retryAfter)).toBeLessThanOrEqual(15 * 60);
      expect(refused.setCookie).toEqual([]);

      // The lock is the account's: from another address it holds too, and other accounts are free.
      const elsewhere = await login(testApp.url, username, FIXTURE_PASSWORD, { localAddress: '127.0.0.3' });
      expect(elsewhere.status).toBe(429);
      const colleague = await login(testApp.url, fixture.users.leadHead.username, FIXTURE_PASSWORD, {
        localAddress: '127.0.0.2',
      });
      expect(colleague.status).toBe(200);
    });

    it('counts an account’s wrong passwords in a row: a right one starts the count again', async () => {
      const { username } = fixture.users.reviewer;
      const from = { localAddress: '127.0.0.4' };
      for (const password of [WRONG, WRONG, FIXTURE_PASSWORD, WRONG, WRONG, FIXTURE_PASSWORD])
        expect((await login(testApp.url, username, password, from)).status).toBe(
          password === WRONG ? 401 : 200,
        );
    });

    it('locks an address after its allowed wrong passwords across accounts, but not other addresses', async () => {
      const spray = { localAddress: '127.0.0.5' };
      const seats = ['approver', 'officeHead', 'officeClerk', 'leader'] as const;
      // Two wrong passwords for each of four accounts: no account reaches its limit of three.
      for (const seat of seats)
        for (let attempt = 0; attempt < 2; attempt++)
          expect((await login(testApp.url, fixture.users[seat].username, WRONG, spray)).status).toBe(401);

      const refused = await login(testApp.url, fixture.users.cooperator.username, FIXTURE_PASSWORD, spray);
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe('TOO_MANY_ATTEMPTS');
      expect(refused.body.message).toMatch(/địa chỉ mạng/);
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);

      // A fresh account from another address signs in; a wrong password there is only a wrong password.
      const other = { localAddress: '127.0.0.6' };
      expect((await login(testApp.url, fixture.users.cooperator.username, WRONG, other)).status).toBe(401);
      expect(
        (await login(testApp.url, fixture.users.cooperator.username, FIXTURE_PASSWORD, other)).status,
      ).toBe(200);
      // The sprayed accounts themselves are not locked: their count was reset by nothing, but below three.
      expect(
        (await login(testApp.url, fixture.users.approver.username, FIXTURE_PASSWORD, other)).status,
      ).toBe(200);
    });

    it('counts usernames that do not exist like real ones, so the answers do not tell them apart', async () => {
      const from = { localAddress: '127.0.0.7' };
      for (let attempt = 1; attempt <= 3; attempt++)
        expect((await login(testApp.url, 'khong-ton-tai', WRONG, from)).body.code).toBe(
          'INVALID_CREDENTIALS',
        );
      expect((await login(testApp.url, 'KHONG-TON-TAI ', WRONG, from)).body.code).toBe('TOO_MANY_ATTEMPTS');
    });
  });

  describe('behind a trusted proxy', () => {
    let testApp: TestApp;
    let fixture: Fixture;

    beforeAll(async () => {
      testApp = await startTestApp(kind, { LOGIN_MAX_FAILURES_PER_ADDRESS: '2', TRUST_PROXY: 'loopback' });
      fixture = await createFixture(testApp.dataSource, { taskCount: 1 });
    });

    afterAll(() => testApp.close());

    it('limits the address the proxy names, not the proxy', async () => {
      const fromClient = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });
      for (const seat of ['leadStaff', 'leadHead'] as const)
        expect(
          (await login(testApp.url, fixture.users[seat].username, WRONG, fromClient('203.0.113.7'))).status,
        ).toBe(401);
      expect(
        (
          await login(
            testApp.url,
            fixture.users.reviewer.username,
            FIXTURE_PASSWORD,
            fromClient('203.0.113.7'),
          )
        ).status,
      ).toBe(429);
      expect(
        (
          await login(
            testApp.url,
            fixture.users.reviewer.username,
            FIXTURE_PASSWORD,
            fromClient('198.51.100.9'),
          )
        ).status,
      ).toBe(200);
    });
  });

  describe('in several processes sharing Redis', () => {
    let first: TestApp;
    let second: TestApp;
    let fixture: Fixture;

    beforeAll(async () => {
      const env = {
        REDIS_URL: TEST_REDIS_URL,
        // A namespace of its own, so no other run's counters are in the way.
        REDIS_STREAM_NAME: `it:login:${kind}:${process.pid}:${Date.now()}`,
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '2',
      };
      first = await startTestApp(kind, env);
      second = await startTestApp(kind, env, { database: first.database });
      fixture = await createFixture(first.dataSource, { taskCount: 1 });
    });

    afterAll(async () => {
      await second.close();
      await first.close();
    });

    it('counts wrong passwords made through one process against the account in the other', async () => {
      const { username } = fixture.users.leadStaff;
      expect((await login(first.url, username, WRONG)).status).toBe(401);
      expect((await login(second.url, username, WRONG)).status).toBe(401);
      const refused = await login(first.url, username, FIXTURE_PASSWORD);
      expect(refused.status).toBe(429);
      expect((await login(second.url, username, FIXTURE_PASSWORD)).status).toBe(429);
      expect((await login(second.url, fixture.users.leadHead.username, FIXTURE_PASSWORD)).status).toBe(200);
    });
  });
});
