import { EDGE_PX, edgeScrollStep, MAX_STEP_PX } from './drag-assist.directive';

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
