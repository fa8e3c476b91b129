import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  BoardDto,
  CurrentUser,
  MyDelegationsDto,
  TaskDetailDto,
  TransitionResponse,
} from '@dondoc/contracts';
import { DondocApi } from '../app/core/api/dondoc-api';
import { Session } from '../app/core/auth/session';
import { RealtimeService, type PlanWatch } from '../app/core/realtime/realtime.service';
import { BoardPage } from '../app/features/board/board.page';
import { DeliverablesApi } from '../app/features/board/deliverables/deliverables-api';
import { CollaborationApi } from '../app/features/board/drawer/collaboration-api';
import { aBoard, aCard, aPlan, aUser } from './factories';
import { provideTestTranslations } from './translate';

/* The board page as its specs open it: a three-card plan, a fake API and a fake live feed. */

export const board: BoardDto = aBoard({
  sections: [
    { key: 'I', title: 'Chỉ đạo, điều hành' },
    { key: 'II', title: 'Cải cách thủ tục hành chính' },
  ],
  cards: [
    aCard({
      id: 'a',
      ref: '1',
      title: 'Ban hành Kế hoạch cải cách hành chính',
      sectionKey: 'I',
      timeliness: 'overdue',
    }),
    aCard({
      id: 'b',
      ref: '2',
      title: 'Báo cáo định kỳ về đào tạo',
      sectionKey: 'II',
      leadUnitId: 'unit-vp',
      leadUnitCode: 'VP',
      cooperatorUnitIds: [],
      cooperatorUnitCodes: [],
      column: 'submitted',
      state: 'submitted',
    }),
    aCard({ id: 'c', ref: '3', title: 'Rà soát thủ tục', sectionKey: 'II', timeliness: 'due_soon' }),
  ],
});

/** The drawer's read of a task: the board's card as it is now, without history. */
function detailOf(taskId: string): TaskDetailDto {
  const card = aCard({ id: taskId });
  const base = { content: '', deliverable: '', budgetText: '', leadUnitIds: [], moves: [], history: [] };
  return { ...base, card, type: card.type, context: {} };
}

export interface ApiAnswers {
  boardStart: () => Promise<BoardDto>;
  board: () => Promise<BoardDto>;
}

/** Who opens the board and which delegations they hold (none unless a test says so). */
export interface Viewer {
  user?: CurrentUser;
  myDelegations?: () => Promise<MyDelegationsDto>;
}

const NO_DELEGATIONS = async (): Promise<MyDelegationsDto> => ({ given: [], received: [] });

/** A small plan arrives whole from its first read: every column holds fewer cards than asked for. */
export const WHOLE_AT_ONCE: ApiAnswers = {
  boardStart: async () => ({ ...board, columnTotals: { ...NO_CARDS, draft: 2, submitted: 1 } }),
  board: async () => board,
};

export const NO_CARDS = {
  waiting: 0,
  draft: 0,
  returned: 0,
  submitted: 0,
  reviewed: 0,
  approved: 0,
  cancelled: 0,
};

export async function open(url: string, answers: ApiAnswers = WHOLE_AT_ONCE, viewer: Viewer = {}) {
  const api = {
    boardStart: jest.fn(answers.boardStart),
    board: jest.fn(answers.board),
    plans: jest.fn().mockResolvedValue([aPlan()]),
    task: jest.fn(async (taskId: string) => detailOf(taskId)),
    transition: jest.fn<Promise<TransitionResponse>, [string, unknown]>(),
  };
  /** The page's live feed: a test plays the server through `realtime.options`. */
  const realtime: { options: PlanWatch | null; watch: (options: PlanWatch) => () => void } = {
    options: null,
    watch: (options) => {
      realtime.options = options;
      return () => undefined;
    },
  };
  const collaboration = {
    myDelegations: jest.fn(viewer.myDelegations ?? NO_DELEGATIONS),
    opinions: jest.fn().mockRejectedValue(new Error('no consultation in these specs')),
  };
  const deliverables = { list: jest.fn().mockRejectedValue(new Error('no files in these specs')) };
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'ke-hoach/:planId', component: BoardPage }], withComponentInputBinding()),
      provideTestTranslations(),
      {
        provide: DondocApi,
        useValue: api,
      },
      { provide: CollaborationApi, useValue: collaboration },
      { provide: DeliverablesApi, useValue: deliverables },
      { provide: RealtimeService, useValue: realtime },
    ],
  });
  localStorage.clear();
  TestBed.inject(Session).start('jwt', viewer.user ?? aUser());
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  await harness.fixture.whenStable();
  await harness.fixture.whenStable();
  // The board counts as drawn once its first frame is painted (and only then reads the rest).
  await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
  await harness.fixture.whenStable();
  const element = harness.routeNativeElement as HTMLElement;
  const router = TestBed.inject(Router);
  const shownRefs = () =>
    Array.from(element.querySelectorAll<HTMLElement>('article')).map((card) => card.dataset['testid']);
  const byTestId = <T extends HTMLElement>(id: string) => element.querySelector<T>(`[data-testid="${id}"]`);
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  return { harness, element, router, shownRefs, byTestId, settle, api, collaboration, realtime };
}
