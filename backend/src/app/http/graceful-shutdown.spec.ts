import type { Request, Response } from 'express';
import { EventEmitter } from 'node:events';
import { InFlightRequests } from './graceful-shutdown';

type FakeResponse = Response & { headers: Record<string, string> };

/** Just the events and the header a response gives the counter. */
function response(): FakeResponse {
  const fake = Object.assign(new EventEmitter(), {
    headers: {} as Record<string, string>,
    setHeader(name: string, value: string) {
      fake.headers[name] = value;
      return fake;
    },
  });
  return fake as unknown as FakeResponse;
}

describe('InFlightRequests', () => {
  it('counts a request from its start until its answer is sent or its connection closes, once', () => {
    const requests = new InFlightRequests();
    const first = response();
    const second = response();
    requests.use({} as Request, first, () => undefined);
    requests.use({} as Request, second, () => undefined);
    expect(requests.count).toBe(2);
    first.emit('finish');
    first.emit('close');
    expect(requests.count).toBe(1);
    second.emit('close');
    expect(requests.count).toBe(0);
  });

  it('is drained at once when idle, else when the last request ends', async () => {
    const requests = new InFlightRequests();
    await requests.drained();
    const pending = response();
    requests.use({} as Request, pending, () => undefined);
    let drained = false;
    const done = requests.drained().then(() => (drained = true));
    await Promise.resolve();
    expect(drained).toBe(false);
    pending.emit('finish');
    await done;
    expect(drained).toBe(true);
  });

  it('closes the connection after each answer once draining', async () => {
    const requests = new InFlightRequests();
    await requests.drained();
    const late = response();
    requests.use({} as Request, late, () => undefined);
    expect(late.headers['connection']).toBe('close');
  });
});
