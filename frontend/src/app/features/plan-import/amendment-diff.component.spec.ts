import { TestBed } from '@angular/core/testing';
import { provideTestTranslations } from '../../../testing/translate';
import { AmendmentDiffComponent, changedFields } from './amendment-diff.component';
import type { PlanAmendment } from './plan-import.types';

describe('changedFields', () => {
  it('lists the fields of a task that a revision changes, whatever shape each side has', () => {
    expect(
      changedFields(
        { number: '3', content: 'Tuyên truyền', deadlineText: 'Quý II/2026', leadText: 'Phòng VHXH' },
        { number: '3', content: 'Tuyên truyền', deadlineText: 'Quý III/2026', leadText: 'Phòng VHXH' },
      ),
    ).toEqual([{ field: 'deadlineText', before: 'Quý II/2026', after: 'Quý III/2026' }]);
    expect(changedFields('Nội dung cũ', 'Nội dung mới')).toEqual([
      { field: 'content', before: 'Nội dung cũ', after: 'Nội dung mới' },
    ]);
    expect(changedFields({ content: 'A' }, { content: 'A' })).toEqual([]);
  });
});

describe('AmendmentDiffComponent', () => {
  async function render(sections: PlanAmendment['sections']): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [AmendmentDiffComponent],
      providers: [provideTestTranslations()],
    });
    const fixture = TestBed.createComponent(AmendmentDiffComponent);
    fixture.componentRef.setInput('amendment', { added: [], removed: [], changed: [], sections });
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('lists the sections a revision renames, title before and after, and the ones it adds', async () => {
    const element = await render({
      renamed: [{ key: 'I', before: 'CẢI CÁCH THỂ CHẾ', after: 'CẢI CÁCH THỂ CHẾ VÀ THỦ TỤC' }],
      added: [{ key: 'VIII', title: 'Chính quyền số' }],
    });
    const items = Array.from(
      element.querySelectorAll('[data-testid="import-amendment-sections"] li'),
      (item) => item.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(items).toEqual([
      'I. CẢI CÁCH THỂ CHẾ → đổi tên thành CẢI CÁCH THỂ CHẾ VÀ THỦ TỤC',
      'VIII. Chính quyền số (mục mới)',
    ]);
  });

  it('says nothing of sections when the revision keeps them as they are', async () => {
    const element = await render({ renamed: [], added: [] });
    expect(element.querySelector('[data-testid="import-amendment-sections"]')).toBeNull();
  });
});
