import { TestBed } from '@angular/core/testing';
import { provideTestTranslations } from '../../../testing/translate';
import type { BoardMove } from './board-move';
import { BulkBarComponent } from './bulk-bar.component';
import type { BulkTarget } from './bulk-moves';

const approve: BoardMove = { event: 'APPROVE', to: 'approved', needs: [] };
const cancel: BoardMove = { event: 'CANCEL', to: 'cancelled', needs: ['reason'] };
const forApprover = { id: 'user-approver', name: 'Nguyễn Văn A' };

async function render(targets: BulkTarget[]) {
  TestBed.configureTestingModule({ imports: [BulkBarComponent], providers: [provideTestTranslations()] });
  const fixture = TestBed.createComponent(BulkBarComponent);
  fixture.componentRef.setInput('count', 2);
  fixture.componentRef.setInput('targets', targets);
  const requested: BulkTarget[] = [];
  fixture.componentInstance.moveRequested.subscribe((target) => requested.push(target));
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const button = (column: string) =>
    element.querySelector<HTMLButtonElement>(`[data-testid="bulk-move-${column}"]`);
  return { button, requested };
}

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

describe('BulkBarComponent', () => {
  const own: BulkTarget = {
    column: 'cancelled',
    moves: new Map([['a', cancel]]),
    fieldKeys: ['reason'],
    onBehalfOf: [],
  };
  const standIn: BulkTarget = {
    column: 'approved',
    moves: new Map([['a', { ...approve, onBehalfOf: forApprover }]]),
    fieldKeys: [],
    onBehalfOf: [forApprover],
  };

  it("names the column of the user's own moves, and whom a stand-in's moves are made for", async () => {
    const { button } = await render([standIn, own]);
    expect(text(button('cancelled'))).toBe('Đã huỷ');
    expect(text(button('approved'))).toBe('Đã duyệt (thay mặt Nguyễn Văn A)');
  });

  it('hands on the target chosen', async () => {
    const { button, requested } = await render([standIn, own]);
    button('approved')?.click();
    expect(requested).toEqual([standIn]);
  });
});
