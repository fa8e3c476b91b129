import type { BoardDto, CardDto } from '@dondoc/contracts';
import type { Response } from 'express';

/**
 * Writes a board as JSON with its cards batch by batch, the same document `res.json` would send.
 * Why: a 10,000-card board is 11 MB of JSON; made in one piece it is a 20 MB string, an 11 MB
 * buffer and the 10,000 cards behind them, all alive at once and, with V8 sizing its heap from the
 * machine's memory, left behind as hundreds of MB of uncollected garbage after a few reads. In
 * batches, what is alive at a time is one batch and its bytes in flight. The socket's backpressure
 * is respected (a slow client pauses the reading) and a client that leaves stops it.
 *
 * `frame` is everything but the cards. The first batch is read before the status line is sent, so
 * a failure there is still an ordinary error answer; a later failure cuts the connection, which a
 * client reads as a failed request, never as a shorter board.
 */
export async function writeBoardJson(
  response: Response,
  frame: Omit<BoardDto, 'cards'>,
  batches: AsyncIterable<CardDto[]>,
): Promise<void> {
  const iterator = batches[Symbol.asyncIterator]();
  let next = await iterator.next();
  response.status(200).type('application/json; charset=utf-8');
  const socket = new Backpressure(response);
  // The frame's `{…}` without its closing brace (the frame is never empty), then the cards.
  let written = `${JSON.stringify(frame).slice(0, -1)},"cards":[`;
  let first = true;
  try {
    while (!next.done) {
      for (const card of next.value) {
        written += (first ? '' : ',') + JSON.stringify(card);
        first = false;
      }
      if (!(await socket.send(written))) {
        await iterator.return?.();
        return;
      }
      written = '';
      next = await iterator.next();
    }
    response.end(`${written}]}`);
  } catch (error) {
    response.destroy(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
}

/**
 * Writes that wait for the socket to drain when it asks to. One `drain` listener for the whole
 * answer: the compression middleware hands `drain` listeners to its gzip stream and cannot take
 * them off again, so one per wait would pile up there.
 */
class Backpressure {
  private wake: (() => void) | null = null;

  constructor(private readonly response: Response) {
    const resume = () => {
      this.wake?.();
      this.wake = null;
    };
    response.on('drain', resume);
    response.once('close', resume);
  }

  /** Writes a chunk and waits if the socket is full; false once the client has left. */
  async send(chunk: string): Promise<boolean> {
    if (this.response.destroyed) return false;
    if (!this.response.write(chunk))
      await new Promise<void>((resume) => {
        this.wake = resume;
      });
    return !this.response.destroyed;
  }
}
