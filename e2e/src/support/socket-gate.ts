import type { Page, WebSocketRoute } from 'playwright-core';
import { waitUntil } from './wait';

const isSocketIo = (url: URL): boolean => url.pathname.startsWith('/socket.io/');

/** Engine.IO's upgrade packet: the client has switched from long polling to the websocket. */
const UPGRADE_PACKET = '5';
/** Socket.IO's CONNECT packet: the client speaks over this websocket from the start. */
const CONNECT_PACKET_PREFIX = '40';

/**
 * A switch on one page's live connection. The app opens Socket.IO over a websocket; a client that
 * starts on HTTP long polling and upgrades is handled too, so both paths go through Playwright: `page.route` for the polling requests and
 * `page.routeWebSocket` for the socket. `cut()` closes the open websockets and refuses every new
 * attempt (the app sees a real outage and keeps retrying); `restore()` lets the retries through.
 * Install it before the page loads the app.
 */
export class SocketGate {
  private open = true;
  /** Each open page-side websocket with its server side. */
  private readonly live = new Map<WebSocketRoute, WebSocketRoute>();
  private readonly upgraded = new Set<WebSocketRoute>();

  static async install(page: Page, startOpen = true): Promise<SocketGate> {
    const gate = new SocketGate();
    gate.open = startOpen;
    await page.route(isSocketIo, (route) =>
      gate.open ? route.fallback() : route.abort('connectionrefused'),
    );
    await page.routeWebSocket(isSocketIo, (ws) => gate.onSocket(ws));
    return gate;
  }

  /** Waits until the app's connection runs over a websocket, so that `cut()` really cuts it. */
  async waitForWebSocket(timeout = 15000): Promise<void> {
    await waitUntil(() => this.upgraded.size > 0, timeout, 'the socket to upgrade to a websocket');
  }

  async cut(): Promise<void> {
    this.open = false;
    const sockets = [...this.live];
    this.live.clear();
    this.upgraded.clear();
    for (const [ws, server] of sockets) {
      await ws.close({ code: 4000, reason: 'e2e outage' }).catch(() => undefined);
      await server.close().catch(() => undefined);
    }
  }

  restore(): void {
    this.open = true;
  }

  private onSocket(ws: WebSocketRoute): void {
    if (!this.open) {
      void ws.close({ code: 4000, reason: 'e2e outage' }).catch(() => undefined);
      return;
    }
    const server = ws.connectToServer();
    this.live.set(ws, server);
    ws.onMessage((message) => {
      if (message === UPGRADE_PACKET || String(message).startsWith(CONNECT_PACKET_PREFIX))
        this.upgraded.add(ws);
      server.send(message);
    });
    // Own close handlers replace Playwright's forwarding, so each side closes the other itself.
    const forget = () => {
      this.live.delete(ws);
      this.upgraded.delete(ws);
    };
    ws.onClose((code, reason) => {
      forget();
      void server.close({ code, reason }).catch(() => undefined);
    });
    server.onClose((code, reason) => {
      forget();
      void ws.close({ code, reason }).catch(() => undefined);
    });
  }
}
