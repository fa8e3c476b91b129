import { TestBed } from '@angular/core/testing';
import { open } from '../../../testing/board-page';
import { aChange } from '../../../testing/factories';
import { NoticeService } from '../../core/notify/notice.service';

const columnOf = (element: HTMLElement, taskId: string) =>
  element.querySelector<HTMLElement>(`article[data-task-id="${taskId}"]`)?.dataset['column'];

describe('BoardPage live changes (delivered at least once)', () => {
  it('applies a change once: the same message again, or an older one, changes nothing', async () => {
    const { element, settle, realtime } = await open('/ke-hoach/plan-158');
    const announce = jest.spyOn(TestBed.inject(NoticeService), 'announce');
    const submitted = aChange({ id: 'a', ref: '1', version: 2 }, { id: '21', fromState: 'draft' });

    realtime.options?.onChange(submitted);
    await settle();
    realtime.options?.onChange(JSON.parse(JSON.stringify(submitted)));
    realtime.options?.onChange(aChange({ id: 'a', ref: '1', version: 1, state: 'draft', column: 'draft' }));
    await settle();

    expect(columnOf(element, 'a')).toBe('submitted');
    expect(announce).toHaveBeenCalledTimes(1);
    expect(announce).toHaveBeenCalledWith('Đã chuyển nhiệm vụ 1 sang Đã trình');
  });

  it('re-reads an open drawer for a newer version only, not for a duplicate', async () => {
    const { byTestId, settle, realtime, api } = await open('/ke-hoach/plan-158');
    byTestId('card-details-1')?.click();
    await settle();
    expect(api.task).toHaveBeenCalledTimes(1);

    const change = aChange({ id: 'a', ref: '1', version: 2 }, { id: '21', fromState: 'draft' });
    realtime.options?.onChange(change);
    await settle();
    realtime.options?.onChange(JSON.parse(JSON.stringify(change)));
    await settle();

    expect(api.task).toHaveBeenCalledTimes(2);
  });
});

describe('BoardPage plan changes', () => {
  it('retitles a section’s lane when a revision renames it, without reading the board again', async () => {
    const { byTestId, settle, realtime, api } = await open('/ke-hoach/plan-158?lanes=section');
    const reads = api.boardStart.mock.calls.length;
    expect(byTestId('lane-section-I')?.querySelector('.lane-name')?.textContent?.trim()).toBe(
      'I. Chỉ đạo, điều hành',
    );

    realtime.options?.onSections?.([{ key: 'I', title: 'Chỉ đạo, điều hành và kiểm tra' }]);
    await settle();

    expect(byTestId('lane-section-I')?.querySelector('.lane-name')?.textContent?.trim()).toBe(
      'I. Chỉ đạo, điều hành và kiểm tra',
    );
    expect(api.boardStart.mock.calls.length).toBe(reads);
  });
});

describe('BoardPage focus', () => {
  it('moves the focus into the drawer, and back to its card when Escape closes it', async () => {
    const { byTestId, settle, element } = await open('/ke-hoach/plan-158');
    const details = byTestId<HTMLButtonElement>('card-details-1');
    details?.focus();
    details?.click();
    await settle();
    const drawer = byTestId('task-drawer');
    expect(drawer?.contains(document.activeElement)).toBe(true);

    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();

    expect(byTestId('task-drawer')).toBeNull();
    expect(document.activeElement).toBe(element.querySelector('article[data-task-id="a"]'));
  });
});
