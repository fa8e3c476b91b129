/**
 * A child process holding many Socket.IO clients that watch one board, so that the clients'
 * event loop is neither the server's nor the measurer's. Driven over IPC (see WatcherCommand):
 * it connects, optionally joins a plan's room, notes when each `task.changed` arrives at each
 * client (performance.timeOrigin + now: the wall clock shared by the processes of one machine)
 * and hands the receipts over on request.
 *
 *   forked by bench/support/watchers.ts; not run by hand
 */
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';

export type WatcherCommand =
  | { type: 'connect'; url: string; path: string; token?: string; planId?: string; count: number }
  | { type: 'report' }
  | { type: 'close' };

export type WatcherReply =
  | { type: 'connected'; connected: number; failed: string[] }
  /** Per message key (the event id), when each client received it. */
  | { type: 'report'; receipts: [string, number[]][] }
  | { type: 'closed' };

const sockets: Socket[] = [];
let receipts = new Map<string, number[]>();

const now = () => performance.timeOrigin + performance.now();
const reply = (message: WatcherReply) => process.send?.(message);

/** Connects one client and, for the app, joins the plan's room as a board does. */
function connectOne(command: Extract<WatcherCommand, { type: 'connect' }>): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(command.url, {
      path: command.path,
      transports: ['websocket'],
      auth: command.token ? { token: command.token } : undefined,
      reconnection: false,
      forceNew: true,
    });
    socket.on('task.changed', (message: { event: { id: string } }) => {
      const at = now();
      const key = message.event.id;
      const list = receipts.get(key);
      if (list) list.push(at);
      else receipts.set(key, [at]);
    });
    socket.once('connect_error', reject);
    socket.once('connect', () => {
      if (!command.planId) return resolve(socket);
      socket.emit('plan.join', { planId: command.planId }, (ack: { ok: boolean; message?: string }) =>
        ack.ok ? resolve(socket) : reject(new Error(`plan.join refused: ${ack.message}`)),
      );
    });
  });
}

async function connect(command: Extract<WatcherCommand, { type: 'connect' }>): Promise<void> {
  const failed: string[] = [];
  // In batches, as boards open over a morning rather than in one instant.
  const batch = 50;
  for (let start = 0; start < command.count; start += batch) {
    const size = Math.min(batch, command.count - start);
    const results = await Promise.allSettled(Array.from({ length: size }, () => connectOne(command)));
    for (const result of results) {
      if (result.status === 'fulfilled') sockets.push(result.value);
      else failed.push(String((result.reason as Error)?.message ?? result.reason));
    }
  }
  reply({ type: 'connected', connected: sockets.length, failed: [...new Set(failed)] });
}

process.on('message', (command: WatcherCommand) => {
  if (command.type === 'connect') void connect(command);
  else if (command.type === 'report') {
    reply({ type: 'report', receipts: [...receipts.entries()] });
    receipts = new Map();
  } else if (command.type === 'close') {
    for (const socket of sockets.splice(0)) socket.disconnect();
    reply({ type: 'closed' });
    process.disconnect?.();
  }
});
