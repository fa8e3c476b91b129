/**
 * The plan board of 10,000 cards in Debian's Chromium (playwright-core), on a fresh SQLite:
 *
 * 1. navigation → usable board: a signed-in page opens `/ke-hoach/:planId`; "usable" is the
 *    page's own mark `dd-board-ready` (set once the columns with their first cards have been painted
 *    and their cards are draggable; `data-board-ready` on the board). Printed beside navigation
 *    timing (DOMContentLoaded, load), when the first cards' answer arrived, and the time until every
 *    card is loaded (`dd-board-complete`).
 *    Baseline in the same run: the same navigation on another ward's demo plan (~100 cards), and
 *    the board API itself timed from Node (first cards of every column, whole board).
 * 2. scroll frame time: the biggest column is scrolled for a few seconds at a steady speed while
 *    requestAnimationFrame records every frame; p50/p95 frame time and dropped frames (a frame
 *    that took longer than 1.5 vsync intervals, counted by the intervals it missed).
 * 3. drop → other browser: browser A moves a card (SUBMIT, draft → submitted), browser B (another
 *    context of the same Chromium, signed in as another user) notes when the card leaves its draft
 *    column with a MutationObserver. Both read `performance.timeOrigin + performance.now()`, one
 *    clock. The first moves go through A's UI (move menu → dialog → confirm; the clock starts at
 *    the confirm click), the rest through A's page calling the API with fetch (the clock starts
 *    before the request), both labelled.
 *
 * Targets (issue 5): usable board < 1 s, drop-to-other-browser p95 < 200 ms.
 * Builds nothing itself: run `npx nx run-many -t build -p backend frontend` first (npm run bench does).
 *
 *   npx tsx bench/browser-board.bench.ts [moves=100] [ui-moves=5] [navigations=5]
 */
import { API, type BoardDto, type CardDto, type MoveOptionDto, type TaskDetailDto } from '@dondoc/contracts';
import type { BoardColumn } from '@dondoc/domain';
import { DEMO_PASSWORD } from '@dondoc/seed-data';
import { DemoApi, launchChromium } from '@dondoc/test-support';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { withBenchApp } from './support/bench-app';
import { seedWard } from './support/seed-ward';
import { printTable, summarize } from './support/stats';

const MOVES = Number(process.argv[2] ?? 100);
const UI_MOVES = Math.min(MOVES, Number(process.argv[3] ?? 5));
const NAVIGATIONS = Number(process.argv[4] ?? 5);
const PLAN_TASKS = 10_000;
const SCROLL_SECONDS = 4;
const SCROLL_PX_PER_FRAME = 40;
const VIEWPORT = { width: 2200, height: 1000 };
/** Demo units with a staff seat that may submit the tasks they lead. */
const STAFF_UNITS = ['VHXH', 'PVHCC', 'VP'];
const REF_ORDER = new Intl.Collator('vi', { numeric: true });
const ID_ORDER = new Intl.Collator();

type Row = Record<string, string | number>;
const round = (value: number) => Math.round(value * 10) / 10;

function requireBuild(): void {
  for (const file of ['dist/backend/main.js', 'dist/frontend/browser/index.html'])
    if (!existsSync(join(__dirname, '..', file)))
      throw new Error(`${file} is missing: run npx nx run-many -t build -p backend frontend first`);
}

/** A context signed in as `username` through the login form; its page ends on the app's landing board. */
async function signedIn(browser: Browser, baseUrl: string, username: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'vi-VN' });
  // tsx compiles with esbuild's keepNames: functions handed to page.evaluate call its __name helper.
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/dang-nhap`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('board').waitFor({ timeout: 60_000 });
  await page.close();
  return context;
}

interface Navigation {
  ready: number;
  /** When the first cards' answer (`?perColumn=`) had arrived. */
  firstCardsRead: number;
  complete: number | null;
  domContentLoaded: number;
  load: number;
  cardsInDom: number;
}

/** One fresh page opening the board: the page's marks and the navigation timing, ms from navigation start. */
async function navigate(context: BrowserContext, url: string, waitForComplete: boolean): Promise<Navigation> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator('[data-testid="board"][data-board-ready]').waitFor({ timeout: 60_000 });
    if (waitForComplete)
      await page.locator('[data-testid="board"][data-board-complete]').waitFor({ timeout: 120_000 });
    return await page.evaluate(() => {
      const mark = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
      const timing = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const ready = mark('dd-board-ready');
      if (ready === null) throw new Error('the board set data-board-ready without its performance mark');
      if (!document.querySelector('[data-testid="board"] [draggable="true"]'))
        throw new Error('the board is drawn but no card can be dragged');
      const firstCards = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
        (entry) => entry.name.includes('perColumn='),
      );
      if (!firstCards) throw new Error('the board was drawn without reading its first cards');
      return {
        ready,
        firstCardsRead: firstCards.responseEnd,
        complete: mark('dd-board-complete'),
        domContentLoaded: timing.domContentLoadedEventEnd,
        load: timing.loadEventEnd,
        cardsInDom: document.querySelectorAll('[data-testid="board"] article').length,
      };
    });
  } finally {
    await page.close();
  }
}

async function navigations(context: BrowserContext, url: string, label: string, count: number): Promise<Row> {
  await navigate(context, url, true); // warm-up: the browser's cache of the app's files
  const runs: Navigation[] = [];
  for (let index = 0; index < count; index++) runs.push(await navigate(context, url, true));
  const p50 = (values: number[]) => round(summarize(values).p50);
  return {
    board: label,
    'usable p50 ms': p50(runs.map((run) => run.ready)),
    'usable max ms': round(Math.max(...runs.map((run) => run.ready))),
    'DOMContentLoaded p50 ms': p50(runs.map((run) => run.domContentLoaded)),
    'first cards read p50 ms': p50(runs.map((run) => run.firstCardsRead)),
    'load p50 ms': p50(runs.map((run) => run.load)),
    'all cards loaded p50 ms': p50(runs.map((run) => run.complete ?? run.ready)),
    'cards in DOM': runs[0].cardsInDom,
  };
}

/** Scrolls the column's list at a steady speed and returns every frame's duration, ms. */
async function scrollFrames(page: Page, column: BoardColumn): Promise<number[]> {
  return page.evaluate(
    ({ column, seconds, step }) =>
      new Promise<number[]>((resolve) => {
        const zone = document.querySelector<HTMLElement>(`[data-testid="column-${column}"]`);
        if (!zone) throw new Error(`no column ${column}`);
        const frames: number[] = [];
        let last: number | null = null;
        const started = performance.now();
        const frame = (now: number) => {
          if (last !== null) frames.push(now - last);
          last = now;
          zone.scrollTop += step;
          if (now - started < seconds * 1000) requestAnimationFrame(frame);
          else resolve(frames);
        };
        requestAnimationFrame(frame);
      }),
    { column, seconds: SCROLL_SECONDS, step: SCROLL_PX_PER_FRAME },
  );
}

function frameRow(label: string, frames: number[]): Row {
  const sorted = [...frames].sort((a, b) => a - b);
  const vsync =
    sorted[Math.floor(sorted.length / 2)] < 20 ? 1000 / 60 : sorted[Math.floor(sorted.length / 2)];
  const dropped = frames.reduce((sum, ms) => sum + (ms > 1.5 * vsync ? Math.round(ms / vsync) - 1 : 0), 0);
  const stats = summarize(frames);
  return {
    what: label,
    frames: frames.length,
    'p50 ms': round(stats.p50),
    'p95 ms': round(stats.p95),
    'max ms': round(Math.max(...frames)),
    'dropped frames': dropped,
  };
}

/** B's clock time when the card `ref` stops showing in column `from`: a MutationObserver on the board. */
function watchLeaving(page: Page, ref: string, from: BoardColumn): Promise<number> {
  return page.evaluate(
    ({ ref, from }) =>
      new Promise<number>((resolve, reject) => {
        const board = document.querySelector('[data-testid="board"]');
        const selector = `[data-testid="card-${ref}"]`;
        const present = () => document.querySelector(selector)?.getAttribute('data-column') === from;
        if (!board || !present()) {
          reject(new Error(`card ${ref} is not shown in ${from} in browser B`));
          return;
        }
        const timeout = setTimeout(() => reject(new Error(`card ${ref} never left ${from}`)), 30_000);
        const observer = new MutationObserver(() => {
          if (present()) return;
          const at = performance.timeOrigin + performance.now();
          observer.disconnect();
          clearTimeout(timeout);
          resolve(at);
        });
        observer.observe(board, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['data-column'],
        });
      }),
    { ref, from },
  );
}

/**
 * A moves the card through its UI: the card's move menu, the target column, and the dialog's
 * deliverable field when the move asks for one. Returns A's clock at the last click (the confirm,
 * or the menu choice when no dialog is needed).
 */
async function moveThroughUi(page: Page, card: CardDto, move: MoveOptionDto): Promise<number> {
  await page.evaluate(() => {
    const clicks = window as unknown as { benchClickAt?: number };
    document.addEventListener(
      'click',
      (event) => {
        const target = event.target as Element | null;
        if (target?.closest('[data-testid="dialog-confirm"], [data-testid^="move-option-"]'))
          clicks.benchClickAt = performance.timeOrigin + performance.now();
      },
      { capture: true },
    );
  });
  await page.getByTestId(`move-menu-${card.ref}`).click();
  await page.getByTestId(`move-option-${move.to}`).click();
  if (move.needs.includes('deliverable')) {
    await page.getByTestId('deliverableRef-input').fill(`bench-${card.ref}.pdf`);
    await page.getByTestId('dialog-confirm').click();
  }
  return page.evaluate(() => (window as unknown as { benchClickAt: number }).benchClickAt);
}

/** A's page sends the transition itself (fetch with A's token). Returns A's clock before the request. */
async function moveThroughApi(
  page: Page,
  token: string,
  card: CardDto,
  move: MoveOptionDto,
): Promise<number> {
  return page.evaluate(
    async ({ path, token, body }) => {
      const at = performance.timeOrigin + performance.now();
      const answer = await fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      if (!answer.ok) throw new Error(`transition answered ${answer.status}: ${await answer.text()}`);
      return at;
    },
    {
      path: API.transitions(card.id),
      token,
      body: {
        event: move.event,
        expectedVersion: card.version,
        payload: move.needs.includes('deliverable') ? { deliverableRef: `bench-${card.ref}.pdf` } : {},
      },
    },
  );
}

interface Movers {
  unit: string;
  type: CardDto['type'];
  move: MoveOptionDto;
  staffName: string;
  staff: DemoApi;
  cards: CardDto[];
}

async function pickMovers(baseUrl: string, board: BoardDto): Promise<Movers> {
  const groups = new Map<string, CardDto[]>();
  for (const card of board.cards) {
    if (card.column !== 'draft' || !card.leadUnitCode || !STAFF_UNITS.includes(card.leadUnitCode)) continue;
    const key = `${card.leadUnitCode}|${card.type}`;
    groups.set(key, [...(groups.get(key) ?? []), card]);
  }
  const found: Movers[] = [];
  for (const cards of groups.values()) {
    const unit = cards[0].leadUnitCode as string;
    const staffName = `hd.${unit.toLowerCase()}.staff`;
    const staff = await DemoApi.as(baseUrl, staffName);
    const detail = await staff.get<TaskDetailDto>(API.task(cards[0].id));
    const move = detail.moves.find(
      (candidate) => candidate.to !== 'draft' && candidate.needs.every((need) => need === 'deliverable'),
    );
    if (!move) continue;
    cards.sort((a, b) => REF_ORDER.compare(a.ref, b.ref) || ID_ORDER.compare(a.id, b.id));
    found.push({ unit, type: cards[0].type, move, staffName, staff, cards });
  }
  const best = found.sort((a, b) => b.cards.length - a.cards.length)[0];
  if (!best) throw new Error('no draft card of a staff unit can be moved with a deliverable at most');
  return best;
}

async function timeApi(api: DemoApi, path: string, count: number): Promise<{ p50: number; bytes: number }> {
  const samples: number[] = [];
  let bytes = 0;
  for (let index = 0; index < count + 2; index++) {
    const started = performance.now();
    const response = await fetch(api.baseUrl + path, { headers: { authorization: `Bearer ${api.token}` } });
    const text = await response.text();
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    if (index >= 2) samples.push(performance.now() - started);
    bytes = text.length;
  }
  return { p50: summarize(samples).p50, bytes };
}

async function main(): Promise<void> {
  requireBuild();
  await withBenchApp('sqlite', async (app, db) => {
    const leader = await DemoApi.as(app.url, 'hd.leader');
    const plans = await leader.plans();
    await seedWard(db, await leader.board(plans[0].id), { planTasks: PLAN_TASKS, wardTasks: PLAN_TASKS });
    await new Promise((resolve) => setTimeout(resolve, 200)); // see boards.bench.ts: stale keep-alive sockets
    const planId = plans[0].id;
    const board = JSON.parse(
      await (
        await fetch(app.url + API.board(planId), {
          headers: { authorization: `Bearer ${leader.token}` },
        })
      ).text(),
    ) as BoardDto;
    console.log(`plan ${board.plan.symbol}: ${board.cards.length} cards`);

    const apiRows: Row[] = [];
    for (const [what, path] of [
      ['GET board ?perColumn=40 (first view)', `${API.board(planId)}?perColumn=40`],
      ['GET board (whole, background)', API.board(planId)],
    ] as const) {
      const { p50, bytes } = await timeApi(leader, path, 10);
      apiRows.push({ what, 'p50 ms': round(p50), bytes });
    }

    // The movers: the biggest group of draft cards of one type and one unit with a staff seat whose
    // move out of draft asks for nothing or a deliverable, in the order its board shows them.
    const mover = await pickMovers(app.url, board);
    const { unit, type, move, staff, staffName } = mover;
    const cards = mover.cards.slice(0, MOVES);
    if (cards.length < MOVES) throw new Error(`only ${cards.length} draft ${type} cards of ${unit} to move`);
    console.log(
      `moving ${MOVES} draft ${type} cards of ${unit} (${move.event} → ${move.to}) as ${staffName}`,
    );

    const browser = await launchChromium();
    try {
      const leaderContext = await signedIn(browser, app.url, 'hd.leader');
      // Navigation is timed for the mover, whose cards can be dragged; the baseline for the same
      // seat of another ward.
      const moverContext = await signedIn(browser, app.url, staffName);
      const otherStaff = staffName.replace(/^hd\./, 'nc.');
      const otherWard = await signedIn(browser, app.url, otherStaff);
      const otherPlan = (await (await DemoApi.as(app.url, otherStaff)).plans())[0];

      const navRows = [
        await navigations(
          moverContext,
          `${app.url}/ke-hoach/${planId}`,
          `${board.cards.length} cards`,
          NAVIGATIONS,
        ),
        await navigations(
          otherWard,
          `${app.url}/ke-hoach/${otherPlan.id}`,
          `baseline: ${otherPlan.taskCount} cards (another ward's demo plan)`,
          NAVIGATIONS,
        ),
      ];

      const totals = new Map<BoardColumn, number>();
      for (const card of board.cards) totals.set(card.column, (totals.get(card.column) ?? 0) + 1);
      const biggest = [...totals.entries()].sort((a, b) => b[1] - a[1])[0][0];
      const scrollPage = await leaderContext.newPage();
      await scrollPage.goto(`${app.url}/ke-hoach/${planId}`);
      await scrollPage.locator('[data-testid="board"][data-board-complete]').waitFor({ timeout: 120_000 });
      const idle = await scrollPage.evaluate(
        () =>
          new Promise<number[]>((resolve) => {
            const frames: number[] = [];
            let last: number | null = null;
            const started = performance.now();
            const frame = (now: number) => {
              if (last !== null) frames.push(now - last);
              last = now;
              if (now - started < 2000) requestAnimationFrame(frame);
              else resolve(frames);
            };
            requestAnimationFrame(frame);
          }),
      );
      const scrolled = await scrollFrames(scrollPage, biggest);
      await scrollPage.close();
      const frameRows = [
        frameRow(
          `scroll ${biggest} (${totals.get(biggest)} cards), ${SCROLL_PX_PER_FRAME} px/frame`,
          scrolled,
        ),
        frameRow('baseline: same page, not scrolling', idle),
      ];

      // Both browsers show the unit's documents only, so the next card to move is always drawn at the top.
      const filtered = `${app.url}/ke-hoach/${planId}?unit=${encodeURIComponent(unit)}&type=${type}`;
      const pageA = await moverContext.newPage();
      const pageB = await leaderContext.newPage();
      for (const page of [pageA, pageB]) {
        await page.goto(filtered);
        await page.locator('[data-testid="board"][data-board-complete]').waitFor({ timeout: 120_000 });
      }
      const ui: number[] = [];
      const viaApi: number[] = [];
      for (const [index, card] of cards.entries()) {
        await pageB
          .locator(`[data-testid="card-${card.ref}"][data-column="draft"]`)
          .waitFor({ timeout: 30_000 });
        const seen = watchLeaving(pageB, card.ref, 'draft');
        const throughUi = index < UI_MOVES;
        if (throughUi)
          await pageA
            .locator(`[data-testid="card-${card.ref}"][data-column="draft"]`)
            .waitFor({ timeout: 30_000 });
        const sentAt = throughUi
          ? await moveThroughUi(pageA, card, move)
          : await moveThroughApi(pageA, staff.token, card, move);
        const latency = (await seen) - sentAt;
        (throughUi ? ui : viaApi).push(latency);
      }
      const moveRow = (what: string, samples: number[]): Row => {
        const stats = summarize(samples);
        return {
          what,
          moves: samples.length,
          'p50 ms': round(stats.p50),
          'p95 ms': round(stats.p95),
          'max ms': round(Math.max(...samples)),
        };
      };
      const moveRows = [
        moveRow(`all moves (${staffName} → hd.leader)`, [...ui, ...viaApi]),
        moveRow('through A’s UI (confirm click → B’s DOM)', ui),
        moveRow('through A’s page calling the API (fetch → B’s DOM)', viaApi),
      ];

      printTable('Board API from Node (baseline for the navigation below)', apiRows);
      printTable(
        `Navigation → usable board (mark dd-board-ready; ${NAVIGATIONS} navigations after a warm-up), target < 1000 ms`,
        navRows,
      );
      printTable(`Scroll frame time over ${SCROLL_SECONDS} s (requestAnimationFrame)`, frameRows);
      printTable('Drop in browser A → card leaves the column in browser B, target p95 < 200 ms', moveRows);
    } finally {
      await browser.close();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
