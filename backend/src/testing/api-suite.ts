import type { DatabaseKind } from '../app/database/data-source-options';
import { ApiClient } from './api-client';
import { createFixture, type Fixture, FIXTURE_PASSWORD, type Seat } from './fixtures';
import { SettableClock } from './settable-clock';
import { startTestApp, type TestApp } from './test-app';

export type FixtureOptions = Parameters<typeof createFixture>[1];

export interface ApiSuite {
  /** Set back to the suite's start before each test; a test moves it to reach dated rules. */
  readonly clock: SettableClock;
  readonly testApp: TestApp;
  readonly fixture: Fixture;
  /** The seat's user, signed in at the clock's current time: access tokens expire when the clock jumps ahead. */
  as(seat: Seat): Promise<ApiClient>;
}

/**
 * A suite that talks to the API as the fixture ward's users: an app on a clock the tests move, on
 * the given database, with a fresh fixture. Declares the suite's beforeAll, afterAll and beforeEach,
 * so call it at the top of a describe; `testApp` and `fixture` are there once the tests run.
 */
export function useApiSuite(kind: DatabaseKind, startsAt: string, fixtureOptions?: FixtureOptions): ApiSuite {
  const clock = new SettableClock(startsAt);
  let testApp: TestApp | undefined;
  let fixture: Fixture | undefined;
  const sessions = new Map<string, ApiClient>();

  beforeAll(async () => {
    testApp = await startTestApp(kind, {}, { clock });
    fixture = await createFixture(testApp.dataSource, fixtureOptions);
  });
  afterAll(() => testApp?.close());
  beforeEach(() => clock.set(startsAt));

  const started = () => {
    if (!testApp || !fixture)
      throw new Error('the API suite has not started: use it inside a test or a hook');
    return { testApp, fixture };
  };
  const as = async (seat: Seat): Promise<ApiClient> => {
    const key = `${seat}@${clock.now().toISOString()}`;
    let client = sessions.get(key);
    if (!client) {
      const running = started();
      client = await ApiClient.login(
        running.testApp.url,
        running.fixture.users[seat].username,
        FIXTURE_PASSWORD,
      );
      sessions.set(key, client);
    }
    return client;
  };

  return {
    clock,
    get testApp() {
      return started().testApp;
    },
    get fixture() {
      return started().fixture;
    },
    as,
  };
}
