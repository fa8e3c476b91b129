import type { ResultFileDto } from '@dondoc/contracts';
import { roundResultTexts } from './round-result-texts';

const file = (taskId: string, name: string) => ({ taskId, name }) as ResultFileDto;

describe('roundResultTexts', () => {
  it('prints each task’s result with the names of its files under it, in the order they were attached', () => {
    const texts = roundResultTexts(
      [
        { results: [{ taskId: 't1', result: 'Đã rà soát 12 thủ tục', fileRefs: [] }] },
        { results: [{ taskId: 't2', result: 'Đã tổ chức hội nghị', fileRefs: [] }] },
      ],
      [file('t1', 'Biên bản.pdf'), file('t1', 'Số liệu.xlsx'), file('t3', 'Ảnh.png')],
    );
    expect(Object.fromEntries(texts)).toEqual({
      t1: 'Đã rà soát 12 thủ tục\nTệp kèm theo: Biên bản.pdf; Số liệu.xlsx',
      t2: 'Đã tổ chức hội nghị',
      t3: 'Tệp kèm theo: Ảnh.png',
    });
  });
});
