// Checks that the services the tests need answer, and names the one that does not.
import net from 'node:net';

export const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export async function postgresAnswers(url = POSTGRES_URL) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return `PostgreSQL does not answer at ${url}: ${error.message}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function redisAnswers(url = REDIS_URL) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.createConnection({ host: hostname, port: Number(port || 6379) });
    const fail = (why) => {
      socket.destroy();
      resolve(`Redis does not answer at ${url}: ${why}`);
    };
    socket.setTimeout(3000, () => fail('timed out'));
    socket.once('error', (error) => fail(error.message));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.end();
      resolve(
        data.toString().startsWith('+PONG')
          ? null
          : `Redis at ${url} answered ${JSON.stringify(data.toString())}`,
      );
    });
  });
}
