import { TestBed } from '@angular/core/testing';
import { provideTestTranslations } from '../../../testing/translate';
import type { BoardMove } from './board-move';
import { MoveMenuComponent } from './move-menu.component';

const forApprover = { id: 'user-approver', name: 'Nguyễn Văn A' };
const returnOwn: BoardMove = { event: 'RETURN', to: 'returned', needs: ['reason'] };
const approveFor: BoardMove = { event: 'APPROVE', to: 'approved', needs: [], onBehalfOf: forApprover };

async function render(moves: BoardMove[]) {
  TestBed.configureTestingModule({ imports: [MoveMenuComponent], providers: [provideTestTranslations()] });
  const fixture = TestBed.createComponent(MoveMenuComponent);
  fixture.componentRef.setInput('cardRef', '7');
  fixture.componentRef.setInput('moves', moves);
  const chosen: BoardMove[] = [];
  fixture.componentInstance.chosen.subscribe((move) => chosen.push(move));
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  element.querySelector<HTMLButtonElement>('[data-testid="move-menu-7"]')?.click();
  await fixture.whenStable();
  const option = (column: string) =>
    element.querySelector<HTMLButtonElement>(`[data-testid="move-option-${column}"]`);
  return { option, chosen };
}

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

describe('MoveMenuComponent', () => {
  it("names the column of the user's own move, and whom a stand-in's move is made for", async () => {
    const { option } = await render([returnOwn, approveFor]);
    expect(text(option('returned'))).toBe('Trả lại');
    expect(text(option('approved'))).toBe('Đã duyệt (thay mặt Nguyễn Văn A)');
    expect(option('approved')?.dataset['onBehalfOf']).toBe('user-approver');
    expect(option('returned')?.hasAttribute('data-on-behalf-of')).toBe(false);
  });

  it('hands the chosen move on with whom it is made for', async () => {
    const { option, chosen } = await render([returnOwn, approveFor]);
    option('approved')?.click();
    expect(chosen).toEqual([approveFor]);
  });
});
