import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { CardDto } from '@dondoc/contracts';
import { aCard } from '../../../testing/factories';
import {
  DragAssistDirective,
  EDGE_PX,
  edgeScrollStep,
  MAX_STEP_PX,
  type RefusedDrop,
} from './drag-assist.directive';

describe('edgeScrollStep', () => {
  const [left, right] = [0, 1400];

  it('leaves the board still while the card is held away from its edges', () => {
    expect(edgeScrollStep(700, left, right)).toBe(0);
    expect(edgeScrollStep(EDGE_PX, left, right)).toBe(0);
  });

  it('scrolls towards the edge the card is held near, fastest at the edge itself', () => {
    expect(edgeScrollStep(right - 1, left, right)).toBe(MAX_STEP_PX);
    expect(edgeScrollStep(left, left, right)).toBe(-MAX_STEP_PX);
    const near = edgeScrollStep(right - EDGE_PX / 2, left, right);
    expect(near).toBeGreaterThan(0);
    expect(near).toBeLessThan(MAX_STEP_PX);
  });

  it('does not scroll for a pointer outside the box or a box too small to have a middle', () => {
    expect(edgeScrollStep(right + 10, left, right)).toBe(0);
    expect(edgeScrollStep(10, 0, EDGE_PX)).toBe(0);
  });
});

@Component({
  imports: [DragAssistDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div [ddDragAssist]="held" (refusedDrop)="refused.push($event)">
      <div data-column="approved"><span class="inside">Đã duyệt</span></div>
      <article class="card" (dragend)="$event.stopPropagation()">card</article>
    </div>
  `,
})
class HostComponent {
  held: CardDto | null = aCard({ column: 'reviewed' });
  readonly refused: RefusedDrop[] = [];
}

/** A drag event as jsdom can make one: no DragEvent, so the fields are set by hand. */
function dragEvent(type: string, dropEffect: string): Event {
  const event = new Event(type, { bubbles: true });
  Object.defineProperty(event, 'dataTransfer', { value: { dropEffect } });
  return event;
}

describe('DragAssistDirective', () => {
  async function held() {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    element.querySelector('.inside')?.dispatchEvent(dragEvent('dragover', 'none'));
    return { host: fixture.componentInstance, card: element.querySelector('.card') as HTMLElement };
  }

  it('tells of a card let go over a column that refused it, though the card stops its dragend', async () => {
    const { host, card } = await held();
    card.dispatchEvent(dragEvent('dragend', 'none'));
    expect(host.refused).toEqual([{ card: host.held, column: 'approved' }]);
  });

  it('says nothing when the drop was taken', async () => {
    const { host, card } = await held();
    card.dispatchEvent(dragEvent('dragend', 'move'));
    expect(host.refused).toEqual([]);
  });
});
