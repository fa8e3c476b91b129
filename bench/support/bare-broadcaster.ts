/**
 * The fan-out baseline: a bare Socket.IO server in a process of its own (as the app's is) that
 * puts every client in one room and broadcasts the payloads it is handed, noting when it emitted
 * each (performance.timeOrigin + now, the clock the watchers note receipts with).
 *
 *   forked by bench/support/watchers.ts; not run by hand
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Server } from 'socket.io';

export type BroadcasterCommand =
  /** Emits payload i at `offsetsMs[i]` after the command arrives: the pace of the run it replays. */
  { type: 'broadcast'; payloads: { event: { id: string } }[]; offsetsMs: number[] } | { type: 'close' };

export type BroadcasterReply =
  | { type: 'listening'; port: number }
  /** Per payload key (the event id), when it was emitted. */
  | { type: 'emitted'; times: [string, number][] }
  | { type: 'closed' };

const ROOM = 'board';
const path = process.argv[2] ?? '/socket.io';
const now = () => performance.timeOrigin + performance.now();
const reply = (message: BroadcasterReply) => process.send?.(message);

const http = createServer();
const server = new Server(http, { path, serveClient: false });
server.on('connection', (socket) => void socket.join(ROOM));

async function broadcast(payloads: { event: { id: string } }[], offsetsMs: number[]): Promise<void> {
  const times: [string, number][] = [];
  const start = now();
  for (const [index, payload] of payloads.entries()) {
    const wait = start + offsetsMs[index] - now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    times.push([payload.event.id, now()]);
    server.to(ROOM).emit('task.changed', payload);
  }
  reply({ type: 'emitted', times });
}

process.on('message', (command: BroadcasterCommand) => {
  if (command.type === 'broadcast') void broadcast(command.payloads, command.offsetsMs);
  else if (command.type === 'close') {
    server.close(() => {
      reply({ type: 'closed' });
      process.disconnect?.();
    });
  }
});

http.listen(0, '127.0.0.1', () => reply({ type: 'listening', port: (http.address() as AddressInfo).port }));
