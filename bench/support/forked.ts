import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';

/**
 * A helper script of bench/support run in a process of its own (through tsx), spoken to over IPC:
 * commands go out with `send`, and `next(type)` waits for the next reply of that type.
 */
export class Forked<Command, Reply extends { type: string }> {
  private readonly waiting = new Map<string, ((reply: Reply) => void)[]>();
  private readonly early = new Map<string, Reply[]>();
  private exited: Error | null = null;

  private constructor(readonly child: ChildProcess) {
    child.on('message', (reply: Reply) => {
      const waiter = this.waiting.get(reply.type)?.shift();
      if (waiter) waiter(reply);
      else this.early.set(reply.type, [...(this.early.get(reply.type) ?? []), reply]);
    });
    child.on('exit', (code) => {
      this.exited = new Error(`bench helper ${child.spawnfile} exited with code ${code}`);
    });
  }

  /** Forks `bench/support/<script>` with the given arguments. */
  static start<Command, Reply extends { type: string }>(
    script: string,
    args: string[] = [],
  ): Forked<Command, Reply> {
    const child = fork(join(__dirname, script), args, {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Forked<Command, Reply>(child);
  }

  get pid(): number {
    return this.child.pid as number;
  }

  send(command: Command): void {
    this.child.send(command as object);
  }

  next<T extends Reply['type']>(type: T): Promise<Extract<Reply, { type: T }>> {
    const early = this.early.get(type)?.shift();
    if (early) return Promise.resolve(early as Extract<Reply, { type: T }>);
    if (this.exited) return Promise.reject(this.exited);
    return new Promise((resolve, reject) => {
      const onExit = () => reject(this.exited);
      this.child.once('exit', onExit);
      const list = this.waiting.get(type) ?? [];
      list.push((reply) => {
        this.child.off('exit', onExit);
        resolve(reply as Extract<Reply, { type: T }>);
      });
      this.waiting.set(type, list);
    });
  }

  /** Ends the process if it did not end itself. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}
