import { checkNumbering } from './numbering-check';
import type { ParsedTask, TaskLevel } from './types';

function task(
  number: string,
  level: TaskLevel = 'task',
  sourceRow = 1,
  sectionKey: string | null = null,
  parentRef: string | null = null,
): ParsedTask {
  return {
    ref: number,
    number,
    sectionKey,
    level,
    parentRef,
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
    noteText: '',
    extraCells: [],
    flags: [],
    problems: [],
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
    [
      'a section that starts again at 1',
      [
        task('1', 'task', 1, 'I'),
        task('2', 'task', 2, 'I'),
        task('1', 'task', 3, 'II'),
        task('2', 'task', 4, 'II'),
      ],
      [],
    ],
    [
      'a section that goes on from the last number',
      [task('1', 'task', 1, 'I'), task('2', 'task', 2, 'II'), task('4', 'task', 3, 'II')],
      ['4'],
    ],
    [
      'sub-tasks counted under their own task',
      [
        task('1'),
        task('1.1', 'activity', 2, null, '1'),
        task('1.2', 'activity', 3, null, '1'),
        task('2'),
        task('2.1', 'activity', 5, null, '2'),
        task('2.3', 'activity', 6, null, '2'),
      ],
      ['2.3'],
    ],
  ])('%s', (_label, tasks, subjects) => {
    expect(checkNumbering(tasks).map((warning) => warning.subject)).toEqual(subjects);
  });
});
