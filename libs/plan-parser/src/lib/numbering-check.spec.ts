import { checkNumbering } from './numbering-check';
import type { ParsedTask, TaskLevel } from './types';

function task(number: string, level: TaskLevel = 'task', sourceRow = 1): ParsedTask {
  return {
    ref: number,
    number,
    sectionKey: null,
    level,
    parentRef: null,
    content: '',
    leadText: '',
    cooperatorText: '',
    leadUnitCodes: [],
    leadGroup: null,
    leadGroupNames: [],
    cooperatorUnitCodes: [],
    cooperatorGroups: [],
    cooperatorGroupNames: [],
    deliverable: '',
    deliverableKind: null,
    deadlineText: '',
    budgetText: '',
    flags: [],
    sourceRow,
  };
}

describe('checkNumbering', () => {
  it.each<[string, ParsedTask[], string[]]>([
    ['a clean sequence', [task('1'), task('2'), task('3')], []],
    ['a skipped number', [task('1'), task('2'), task('4')], ['4']],
    ['a repeated number', [task('1'), task('1')], ['1']],
    ['a start other than 1', [task('2'), task('3')], ['2']],
    [
      'levels counted apart',
      [
        task('1.1', 'target'),
        task('2.1'),
        task('3.1', 'activity'),
        task('1.2', 'target'),
        task('2.2'),
        task('3.3', 'activity'),
      ],
      ['3.3'],
    ],
    ['unnumbered tasks are skipped', [task('1'), task(''), task('2')], []],
  ])('%s', (_label, tasks, subjects) => {
    expect(checkNumbering(tasks).map((warning) => warning.subject)).toEqual(subjects);
  });
});
