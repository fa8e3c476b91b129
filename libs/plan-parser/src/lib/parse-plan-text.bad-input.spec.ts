import fc from 'fast-check';
import { MAX_PLAN_TEXT_BYTES } from './input-guard';
import { MAX_WARNINGS, parsePlanText } from './parse-plan-text';
import { seedWard } from './test-support';
import type { ParseResult } from './types';

const ward = seedWard('HD');
const parse = (text: string): ParseResult => parsePlanText(text, { units: ward.units, groups: ward.groups });

function randomBytesAsText(length: number, seed: number): string {
  let state = seed;
  const bytes = new Uint8Array(length);
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[index] = state % 256;
  }
  return new TextDecoder('utf-8').decode(bytes);
}

const HEADER = 'TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện\tSản phẩm';

describe('parsePlanText on input that is not a plan', () => {
  it.each<[string, string, string]>([
    ['an empty string', '', 'empty'],
    ['only white space', ' \n\t\n  ', 'empty'],
    ['NUL bytes', 'TT\u0000Nội dung\u0000', 'binary'],
    ['random bytes', randomBytesAsText(4096, 7), 'binary'],
    ['prose without a table', 'Kế hoạch\n\nI. MỤC ĐÍCH\n\nTổ chức quán triệt sâu sắc.', 'no_table'],
    ['a table without tabs', 'TT Nội dung Cơ quan chủ trì\n1 Ban hành Phòng VHXH', 'no_table'],
    ['a 10 MB paste', `${HEADER}\n${'1\tx\tPhòng VHXH\t\t\t\n'.repeat(600_000)}`, 'too_large'],
    ['a header with no rows', `${HEADER}\n\n`, 'no_tasks'],
  ])('answers %s with no tasks and a "%s" warning', (_label, text, code) => {
    const result = parse(text);
    expect(result.plan.tasks).toEqual([]);
    expect(result.warnings.map((warning) => warning.code)).toContain(code);
    expect(result.warnings.every((warning) => warning.message.length > 0)).toBe(true);
  });

  it('accepts text just under the size limit and refuses it just over', () => {
    const row = '1\tBan hành kế hoạch\tPhòng VHXH\t\tQuý I/2026\tKế hoạch\n';
    const table = `${HEADER}\n${row}`;
    const under = table + ' '.repeat(MAX_PLAN_TEXT_BYTES - Buffer.byteLength(table, 'utf8'));
    expect(Buffer.byteLength(under, 'utf8')).toBe(MAX_PLAN_TEXT_BYTES);
    expect(parse(under).plan.tasks).toHaveLength(1);
    expect(parse(`${under} `).warnings.map((warning) => warning.code)).toEqual(['too_large']);
  });

  it('counts bytes, not characters: 2 MB of Vietnamese is fewer characters', () => {
    const text = `${HEADER}\n${'đ'.repeat(MAX_PLAN_TEXT_BYTES / 2 + 1)}`;
    expect(parse(text).warnings.map((warning) => warning.code)).toEqual(['too_large']);
  });

  it('survives a caller that passes no string or no catalog', () => {
    expect(parsePlanText(undefined as unknown as string, { units: [], groups: [] }).warnings[0].code).toBe(
      'empty',
    );
    const result = parsePlanText(`${HEADER}\n1\tBan hành\tPhòng VHXH\t\t\t`, undefined as never);
    expect(result.plan.tasks[0].flags).toContain('unresolved_unit');
  });

  it('reads a cell naming a hundred thousand unknown bodies', () => {
    const result = parse(`${HEADER}\n1\tx\t${'Hội X, '.repeat(100_000)}\t\t\t`);
    expect(result.plan.tasks).toHaveLength(1);
    expect(result.plan.tasks[0].flags).toEqual(['unresolved_unit', 'no_lead']);
  });

  it('gives repeated numbers unique refs and caps the warnings it returns', () => {
    const result = parse(`${HEADER}\n${'1\tx\tPhòng VHXH\t\t\t\n'.repeat(3000)}`);
    const refs = result.plan.tasks.map((task) => task.ref);
    expect(new Set(refs).size).toBe(3000);
    expect(refs.slice(0, 3)).toEqual(['1', '1#2', '1#3']);
    expect(result.warnings).toHaveLength(MAX_WARNINGS + 1);
    expect(result.warnings[MAX_WARNINGS].code).toBe('too_many_warnings');
  });

  it('never throws and never fails inside, whatever the string (property)', () => {
    const tableish = fc.array(
      fc.oneof(
        fc.constantFrom(
          HEADER,
          '\t1\t',
          'I. Phần\t\t',
          '\t\t\tx',
          '⇥',
          '\t1.1. a',
          '\t3.2 b',
          '\tII',
          '\t7.1',
          '<ul>&amp;',
        ),
        fc.string({ maxLength: 40 }),
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          tableish.map((lines) => lines.join('\n')),
        ),
        (text) => {
          const result = parse(text);
          expect(result.warnings.some((warning) => warning.code === 'internal_error')).toBe(false);
          expect(Array.isArray(result.plan.tasks)).toBe(true);
          expect(new Set(result.plan.tasks.map((task) => task.ref)).size).toBe(result.plan.tasks.length);
        },
      ),
      { numRuns: 500 },
    );
  });
});
