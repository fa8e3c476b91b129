import { ADMIN_EVENTS } from '@dondoc/contracts';
import { EN } from './en';
import { VI } from './vi';

type Tree = { [key: string]: string | Tree };

function leafPaths(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafPaths(value, `${prefix}${key}.`),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();
}

function valueAt(tree: Tree, path: string): string {
  return path.split('.').reduce<string | Tree>((node, key) => (node as Tree)[key], tree) as string;
}

describe('translations', () => {
  const paths = leafPaths(VI);

  it('gives English every Vietnamese key and nothing more', () => {
    expect(leafPaths(EN)).toEqual(paths);
  });

  it.each(paths)('keeps the placeholders of %s', (path) => {
    expect(placeholders(valueAt(EN, path))).toEqual(placeholders(valueAt(VI, path)));
  });

  it.each(ADMIN_EVENTS)('names the correction %s in a task’s history', (event) => {
    expect(paths).toContain(`handPlans.events.${event}`);
  });

  it('leaves no text empty', () => {
    const empty = paths.filter((path) => valueAt(VI, path).trim() === '' || valueAt(EN, path).trim() === '');
    expect(empty).toEqual([]);
  });
});
