import type { BoardDto, CardDto } from '@dondoc/contracts';
import express from 'express';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { responseCompression } from '../http/response-compression';
import { writeBoardJson } from './board-json-stream';

const FRAME: Omit<BoardDto, 'cards'> = {
  plan: {
    id: 'p1',
    wardId: 'w1',
    reviewerUnitId: null,
    approverUnitId: null,
    alternateReviewerUnitId: null,
    symbol: '158/KH-UBND',
    title: 'Kế hoạch cải cách hành chính năm 2026',
    year: 2026,
    beforeDateInclusive: false,
    taskCount: 3,
  },
  sections: [{ key: 'I', title: 'Chỉ đạo điều hành' }],
  units: [{ id: 'u1', code: 'VHXH', name: 'Phòng Văn hoá – Xã hội' }],
  columns: ['draft', 'submitted'],
  cursor: '42',
};

/** A card-shaped object of about 1 kB: only its JSON matters here. */
const card = (n: number) =>
  ({ id: `t${n}`, ref: String(n), title: `Nhiệm vụ số ${n} ${'đ'.repeat(500)}` }) as unknown as CardDto;

/** `count` batches of `size` cards; `read` counts the batches actually taken. */
function batchesOf(count: number, size: number, read: { batches: number; finished: boolean }) {
  return (async function* () {
    try {
      for (let batch = 0; batch < count; batch++) {
        read.batches++;
        yield Array.from({ length: size }, (_, i) => card(batch * size + i));
      }
    } finally {
      read.finished = true;
    }
  })();
}

async function serve(handler: express.RequestHandler): Promise<{ server: Server; url: string }> {
  const app = express();
  app.use(responseCompression());
  app.get('/board', handler);
  const server = await new Promise<Server>((done) => {
    const listening = app.listen(0, '127.0.0.1', () => done(listening));
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/board` };
}

describe('writeBoardJson', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

  it('writes the same document res.json would, batch by batch, gzipped when asked', async () => {
    const read = { batches: 0, finished: false };
    const served = await serve((_req, res, next) => {
      writeBoardJson(res, FRAME, batchesOf(3, 1, read)).catch(next);
    });
    server = served.server;
    const plain = await fetch(served.url, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await plain.json()).toEqual({ ...FRAME, cards: [card(0), card(1), card(2)] });
    expect(read).toEqual({ batches: 3, finished: true });
    const zipped = await fetch(served.url, { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(await zipped.json()).toEqual({ ...FRAME, cards: [card(0), card(1), card(2)] });
  });

  it('writes an empty board as an empty cards array', async () => {
    const served = await serve((_req, res, next) => {
      writeBoardJson(res, FRAME, batchesOf(0, 1, { batches: 0, finished: false })).catch(next);
    });
    server = served.server;
    expect(await (await fetch(served.url)).json()).toEqual({ ...FRAME, cards: [] });
  });

  it('stops reading batches when the client leaves, instead of reading the whole board', async () => {
    const read = { batches: 0, finished: false };
    let done!: (error?: unknown) => void;
    const written = new Promise((resolve) => (done = resolve));
    // 2,000 batches of 100 kB: far more than the socket buffers hold without being read.
    const served = await serve((_req, res) => {
      writeBoardJson(res, FRAME, batchesOf(2000, 100, read)).then(done, done);
    });
    server = served.server;
    await new Promise<void>((resolve, reject) => {
      const request = httpRequest(served.url, { headers: { 'accept-encoding': 'identity' } }, (answer) => {
        answer.once('data', () => {
          request.destroy();
          resolve();
        });
      });
      request.on('error', reject);
      request.end();
    });
    await written;
    expect(read.finished).toBe(true);
    expect(read.batches).toBeLessThan(2000);
  });

  it('gzips a big board whole for a reader that starts late', async () => {
    const read = { batches: 0, finished: false };
    const served = await serve((_req, res, next) => {
      writeBoardJson(res, FRAME, batchesOf(50, 100, read)).catch(next);
    });
    server = served.server;
    const chunks: Buffer[] = [];
    await new Promise<void>((resolve, reject) => {
      const request = httpRequest(served.url, { headers: { 'accept-encoding': 'gzip' } }, (answer) => {
        answer.pause();
        // Read late: the writer must have waited for the socket to drain meanwhile.
        setTimeout(() => {
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('end', resolve);
          answer.resume();
        }, 50);
      });
      request.on('error', reject);
      request.end();
    });
    const board = JSON.parse(gunzipSync(Buffer.concat(chunks)).toString('utf8')) as BoardDto;
    expect(board.cards).toHaveLength(5000);
    expect(board.cards[4999]).toEqual(card(4999));
    expect(read).toEqual({ batches: 50, finished: true });
  });
});
