import { workflowSeedFor } from './workflow-seed';

const base = { content: '', deliverable: '', planYear: 2026 };

describe('workflowSeedFor', () => {
  it('reads a target threshold from the content, else from the deliverable', () => {
    expect(
      workflowSeedFor({ ...base, type: 'target', content: 'Tỷ lệ hồ sơ trực tuyến đạt từ 95% trở lên' }),
    ).toEqual({
      targetOperator: '>=',
      targetValue: 95,
    });
    expect(workflowSeedFor({ ...base, type: 'target', deliverable: 'Giảm ít nhất 15% mỗi năm' })).toEqual({
      targetOperator: '>=',
      targetValue: 15,
    });
    expect(workflowSeedFor({ ...base, type: 'target', content: 'Nâng cao chỉ số PAR Index' })).toEqual({});
  });

  it('runs ongoing work to its stated end or the end of the plan year', () => {
    expect(workflowSeedFor({ ...base, type: 'ongoing', ongoingUntil: '2030-12-31' })).toEqual({
      spanEnd: '2030-12-31',
    });
    expect(workflowSeedFor({ ...base, type: 'ongoing' })).toEqual({ spanEnd: '2026-12-31' });
  });

  it('seeds nothing for the other types', () => {
    expect(workflowSeedFor({ ...base, type: 'document' })).toEqual({});
  });
});
