import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { FLOORS } from './floors';

const APP = __dirname;

/** Production files only: specs may reach anywhere to set a scene. */
function productionFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return productionFiles(path);
    return /\.ts$/.test(name) && !/\.(spec|int-spec)\.ts$/.test(name) ? [path] : [];
  });
}

function folderOf(path: string): string | null {
  const parts = relative(APP, path).split(sep);
  return parts.length > 1 && !parts[0].startsWith('..') ? parts[0] : null;
}

/** Folder → folders it imports, each with one file that does it (to name in a failure). */
function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of productionFiles(APP)) {
    const from = folderOf(file);
    if (!from) continue;
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/g)) {
      const to = folderOf(resolve(dirname(file), match[1]));
      if (!to || to === from) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      graph.get(from)?.set(to, relative(APP, file));
    }
  }
  return graph;
}

const floorOf = new Map<string, number>(
  FLOORS.flatMap((floor, index) => floor.folders.map((folder) => [folder, index] as const)),
);
const isolated = new Set<string>(FLOORS.flatMap((floor) => ('isolated' in floor ? floor.folders : [])));

function cycles(graph: Map<string, Map<string, string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member) {
        onStack.delete(member);
        component.push(member);
      }
    } while (member && member !== node);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('backend floors', () => {
  const graph = folderGraph();
  const folders = readdirSync(APP).filter((name) => statSync(join(APP, name)).isDirectory());

  it('give every folder of the app a floor', () => {
    expect(folders.filter((folder) => !floorOf.has(folder))).toEqual([]);
  });

  it('let no folder import one on a higher floor', () => {
    const upward = [...graph].flatMap(([from, targets]) =>
      [...targets]
        .filter(([to]) => (floorOf.get(to) ?? 0) > (floorOf.get(from) ?? 0))
        .map(([to, file]) => `${from} → ${to} (${file})`),
    );
    expect(upward).toEqual([]);
  });

  it('keep the contexts apart: none imports another', () => {
    const across = [...graph].flatMap(([from, targets]) =>
      [...targets.keys()]
        .filter((to) => isolated.has(from) && isolated.has(to))
        .map((to) => `${from} → ${to} (${targets.get(to)})`),
    );
    expect(across).toEqual([]);
  });

  it('have no folders importing one another in a loop', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('are checked against a graph that has the known arrows', () => {
    expect(graph.get('tasks')?.has('task-model')).toBe(true);
    expect(graph.get('task-model')?.has('org')).toBe(true);
  });
});
