import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CurrentUser, RoundDto } from '@dondoc/contracts';
import { provideTestTranslations } from '../../../testing/translate';
import { Session } from '../../core/auth/session';
import { PartFormPage } from './part-form.page';
import { ReportsApi } from './reports-api';
import { VHXH, aPart, aRound } from './testing/report-factories';

const UNIT_USER: CurrentUser = {
  id: 'user-vhxh',
  username: 'vhxh',
  fullName: 'Trần Thị Hoa',
  roles: ['staff'],
  ward: { id: 'ward-hd', code: 'HD', name: 'Phường Hải Dương' },
  unit: { id: VHXH, code: 'VHXH', name: 'Phòng Văn hoá – Xã hội' },
};

async function render(round: RoundDto) {
  const api = {
    round: jest.fn().mockResolvedValue(round),
    command: jest.fn().mockResolvedValue(aRound({ parts: [aPart({ state: 'submitted' })], version: 4 })),
  };
  TestBed.configureTestingModule({
    imports: [PartFormPage],
    providers: [
      provideRouter([]),
      provideTestTranslations(),
      { provide: ReportsApi, useValue: api },
      { provide: Session, useValue: { user: signal(UNIT_USER), token: signal('token') } },
    ],
  });
  const fixture = TestBed.createComponent(PartFormPage);
  fixture.componentRef.setInput('roundId', round.id);
  await fixture.whenStable();
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { fixture, element, byTestId, api };
}

describe('PartFormPage', () => {
  it("shows the unit's tasks only, with the return reason, and submits a result for each", async () => {
    const round = aRound({
      parts: [
        aPart({
          state: 'returned',
          returnReason: 'Thiếu kết quả nhiệm vụ 2',
          results: [{ taskId: 'task-1', result: 'Đã rà soát 12 thủ tục', fileRefs: ['file-9'] }],
        }),
        aPart({ unitId: 'unit-b', taskIds: ['task-3'] }),
      ],
    });
    const { fixture, element, byTestId, api } = await render(round);
    const lines = element.querySelectorAll('[data-testid="part-line"]');
    expect(lines).toHaveLength(2);
    expect(lines[0].textContent).toContain('Rà soát thủ tục hành chính');
    expect(byTestId('return-reason')?.textContent).toContain('Thiếu kết quả nhiệm vụ 2');

    const submit = byTestId('submit-part') as HTMLButtonElement;
    expect(submit.disabled).toBe(true); // task 2 has no result yet
    const second = lines[1].querySelector('textarea') as HTMLTextAreaElement;
    second.value = 'Đã gửi báo cáo quý';
    second.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(submit.disabled).toBe(false);
    submit.click();
    await fixture.whenStable();
    expect(api.command).toHaveBeenCalledWith('round-1', {
      type: 'SUBMIT_PART',
      unitId: VHXH,
      payload: {
        results: [
          { taskId: 'task-1', result: 'Đã rà soát 12 thủ tục', fileRefs: ['file-9'] },
          { taskId: 'task-2', result: 'Đã gửi báo cáo quý', fileRefs: [] },
        ],
      },
      expectedVersion: 3,
    });
    expect(byTestId('part-state')?.textContent?.trim()).toBe('Đã gửi');
    expect(byTestId('submit-part')).toBeNull();
    expect(byTestId('read-only')).not.toBeNull();
  });

  it('saves a draft even with results missing', async () => {
    const { fixture, byTestId, api } = await render(aRound());
    byTestId('save-part')?.click();
    await fixture.whenStable();
    expect(api.command).toHaveBeenCalledWith(
      'round-1',
      expect.objectContaining({ type: 'SAVE_PART', unitId: VHXH }),
    );
  });
});
