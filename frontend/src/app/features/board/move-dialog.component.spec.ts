import { TestBed } from '@angular/core/testing';
import type { TransitionRequest } from '@dondoc/contracts';
import { aCard } from '../../../testing/factories';
import { provideTestTranslations } from '../../../testing/translate';
import type { BoardMove } from './board-move';
import { MoveDialogComponent } from './move-dialog.component';
import type { PendingMove } from './move-runner';

const forApprover = { id: 'user-approver', name: 'Nguyễn Văn A' };
const approve: BoardMove = { event: 'APPROVE', to: 'approved', needs: ['issuedDocument'] };
const card = aCard({ ref: '7', version: 5, state: 'reviewed', column: 'reviewed' });

async function render(pending: PendingMove) {
  TestBed.configureTestingModule({ imports: [MoveDialogComponent], providers: [provideTestTranslations()] });
  const fixture = TestBed.createComponent(MoveDialogComponent);
  fixture.componentRef.setInput('pending', pending);
  const confirmed: TransitionRequest[] = [];
  fixture.componentInstance.confirmed.subscribe((request) => confirmed.push(request));
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const title = () => element.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim();
  return { element, title, confirmed, fixture };
}

describe('MoveDialogComponent', () => {
  it("titles the user's own move with its column", async () => {
    const { title } = await render({ card, move: approve });
    expect(title()).toBe('Chuyển nhiệm vụ 7 sang Đã duyệt');
  });

  it("says whom a stand-in's move is made for", async () => {
    const { title } = await render({ card, move: { ...approve, onBehalfOf: forApprover } });
    expect(title()).toBe('Chuyển nhiệm vụ 7 sang Đã duyệt (thay mặt Nguyễn Văn A)');
  });

  it('says whom a bulk move is made for, each colleague once', async () => {
    const other = aCard({ id: 'task-8', ref: '8', state: 'reviewed', column: 'reviewed' });
    const forHead = { id: 'user-head', name: 'Trần Thị B' };
    const { title } = await render({
      card,
      move: { ...approve, onBehalfOf: forApprover },
      bulk: {
        target: {
          column: 'approved',
          moves: new Map([
            [card.id, { ...approve, onBehalfOf: forApprover }],
            [other.id, { ...approve, onBehalfOf: forHead }],
          ]),
          fieldKeys: ['issuedNumber', 'issuedOn'],
          onBehalfOf: [forApprover, forHead],
        },
        cards: [card, other],
      },
    });
    expect(title()).toBe('Chuyển 2 nhiệm vụ sang Đã duyệt (thay mặt Nguyễn Văn A, Trần Thị B)');
  });

  it('builds the request from what was typed; the runner adds whom it is made for', async () => {
    const { element, confirmed, fixture } = await render({
      card,
      move: { ...approve, onBehalfOf: forApprover },
    });
    const fill = (testId: string, value: string) => {
      const input = element.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    fill('issuedNumber-input', '20/QĐ-UBND');
    fill('issuedOn-input', '02/03/2026');
    element.querySelector<HTMLButtonElement>('[data-testid="dialog-confirm"]')?.click();
    await fixture.whenStable();
    expect(confirmed).toEqual([
      {
        event: 'APPROVE',
        expectedVersion: 5,
        payload: { issuedNumber: '20/QĐ-UBND', issuedOn: '2026-03-02' },
      },
    ]);
  });
});
