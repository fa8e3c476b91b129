import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CurrentUser, RoundDto } from '@dondoc/contracts';
import { provideTestTranslations } from '../../../testing/translate';
import { Session } from '../../core/auth/session';
import { NoticeService } from '../../core/notify/notice.service';
import { PartFormPage } from './part-form.page';
import { ReportsApi } from './reports-api';
import { VHXH, aPart, aResultFile, aRound } from './testing/report-factories';

const UNIT_USER: CurrentUser = {
  id: 'user-vhxh',
  username: 'vhxh',
  fullName: 'Trần Thị Hoa',
  roles: ['staff'],
  ward: { id: 'ward-hd', code: 'HD', name: 'Phường Hải Dương' },
  unit: { id: VHXH, code: 'VHXH', name: 'Phòng Văn hoá – Xã hội' },
};

async function render(round: RoundDto, next: RoundDto = round) {
  const api = {
    round: jest.fn().mockResolvedValueOnce(round).mockResolvedValue(next),
    uploadResultFile: jest.fn().mockResolvedValue(aResultFile({ id: 'file-2', taskId: 'task-2' })),
    removeResultFile: jest.fn().mockResolvedValue(undefined),
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
          { taskId: 'task-1', result: 'Đã rà soát 12 thủ tục' },
          { taskId: 'task-2', result: 'Đã gửi báo cáo quý' },
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

  describe('result files', () => {
    const withFile = (state: 'draft' | 'submitted') =>
      aRound({ parts: [aPart({ state, files: [aResultFile()] })] });
    const pick = (input: HTMLInputElement, file: File) => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change'));
    };

    it('lists each line’s files, attaches one to a line through its labelled input, and keeps the text being written', async () => {
      const after = aRound({
        parts: [
          aPart({
            state: 'draft',
            files: [aResultFile(), aResultFile({ id: 'file-2', taskId: 'task-2', name: 'Số liệu.xlsx' })],
          }),
        ],
      });
      const { fixture, element, api } = await render(withFile('draft'), after);
      const lines = element.querySelectorAll<HTMLElement>('[data-testid="part-line"]');
      expect(
        Array.from(lines).map((line) => line.querySelectorAll('[data-testid="result-file"]').length),
      ).toEqual([1, 0]);
      expect(lines[0].querySelector('[data-testid="result-file"]')?.textContent).toContain(
        'Biên bản kiểm tra.pdf',
      );

      const text = lines[1].querySelector('textarea') as HTMLTextAreaElement;
      text.value = 'Đang viết dở';
      text.dispatchEvent(new Event('input'));
      const input = lines[1].querySelector<HTMLInputElement>('[data-testid="result-file-input"]');
      expect(input?.type).toBe('file');
      expect(input?.getAttribute('aria-label')).toBe('Đính kèm tệp kết quả cho nhiệm vụ 2');
      const chosen = new File(['xlsx'], 'Số liệu.xlsx');
      pick(input as HTMLInputElement, chosen);
      await fixture.whenStable();
      await fixture.whenStable();

      expect(api.uploadResultFile).toHaveBeenCalledWith('round-1', VHXH, 'task-2', chosen);
      const refreshed = element.querySelectorAll<HTMLElement>('[data-testid="part-line"]');
      expect(refreshed[1].querySelector('[data-testid="result-file"]')?.textContent).toContain(
        'Số liệu.xlsx',
      );
      expect((refreshed[1].querySelector('textarea') as HTMLTextAreaElement).value).toBe('Đang viết dở');
    });

    it('removes a file while the part is editable', async () => {
      const { fixture, byTestId, api } = await render(
        withFile('draft'),
        aRound({ parts: [aPart({ state: 'draft' })] }),
      );
      expect(byTestId('remove-result-file')?.getAttribute('aria-label')).toBe('Gỡ tệp Biên bản kiểm tra.pdf');
      byTestId('remove-result-file')?.click();
      await fixture.whenStable();
      await fixture.whenStable();
      expect(api.removeResultFile).toHaveBeenCalledWith('round-1', 'file-1');
      expect(byTestId('result-file')).toBeNull();
    });

    it('tells the server’s refusal of an upload through the notices', async () => {
      const { fixture, element, api } = await render(withFile('draft'));
      const notices = TestBed.inject(NoticeService);
      const shown = jest.spyOn(notices, 'show');
      api.uploadResultFile.mockRejectedValue(
        new HttpErrorResponse({
          status: 415,
          error: { statusCode: 415, code: 'UNSUPPORTED_FILE_TYPE', message: 'Nội dung tệp không được nhận' },
        }),
      );
      const input = element.querySelector<HTMLInputElement>('[data-testid="result-file-input"]');
      pick(input as HTMLInputElement, new File(['MZ'], 'bao-cao.pdf'));
      await fixture.whenStable();
      expect(shown).toHaveBeenCalledWith('error', 'Nội dung tệp không được nhận');
      expect(api.round).toHaveBeenCalledTimes(1);
    });

    it('shows a handed-in part’s files to download only', async () => {
      const { byTestId } = await render(withFile('submitted'));
      expect(byTestId('download-result-file')?.textContent?.trim()).toBe('Biên bản kiểm tra.pdf');
      expect(byTestId('remove-result-file')).toBeNull();
      expect(byTestId('result-file-input')).toBeNull();
    });
  });
});
