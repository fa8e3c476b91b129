import { submissionReference } from './submission-reference';

describe('submissionReference', () => {
  it('names the version and its files', () => {
    expect(submissionReference(2, ['a.pdf', 'b.xlsx'])).toBe('v2: a.pdf, b.xlsx');
  });

  it('stays within the workflow’s 200 characters by counting the files that do not fit', () => {
    const names = Array.from({ length: 12 }, (_, index) => `Báo cáo kết quả thực hiện số ${index + 1}.pdf`);
    const reference = submissionReference(1, names);
    expect(reference.length).toBeLessThanOrEqual(200);
    expect(reference).toMatch(/^v1: Báo cáo kết quả thực hiện số 1\.pdf, .* và \d+ tệp khác$/);
  });
});
