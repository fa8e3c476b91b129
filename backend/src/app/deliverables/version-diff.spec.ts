import { diffVersions, type HashedFile } from './version-diff';

const file = (id: string, name: string, sha256: string): HashedFile => ({ id, name, sha256 });
const names = (refs: { name: string }[]) => refs.map((ref) => ref.name);

describe('diffVersions', () => {
  const plan = file('1', 'ke-hoach.pdf', 'a'.repeat(64));
  const annex = file('2', 'phu-luc.xlsx', 'b'.repeat(64));

  it('lists what was added, removed and kept, by content', () => {
    const revised = file('3', 'ke-hoach-sua.pdf', 'c'.repeat(64));
    const changes = diffVersions([plan, annex], [file('4', 'phu-luc.xlsx', annex.sha256), revised]);
    expect(names(changes.added)).toEqual(['ke-hoach-sua.pdf']);
    expect(names(changes.removed)).toEqual(['ke-hoach.pdf']);
    expect(names(changes.unchanged)).toEqual(['phu-luc.xlsx']);
  });

  it('calls a renamed file unchanged, under its new name', () => {
    const changes = diffVersions([plan], [file('5', 'ke-hoach-ban-cuoi.pdf', plan.sha256)]);
    expect(changes).toEqual({
      added: [],
      removed: [],
      unchanged: [{ fileId: '5', name: 'ke-hoach-ban-cuoi.pdf', sha256: plan.sha256 }],
    });
  });

  it('counts the same content twice in one version once', () => {
    const changes = diffVersions([], [plan, file('6', 'ban-sao.pdf', plan.sha256)]);
    expect(names(changes.added)).toEqual(['ke-hoach.pdf']);
  });

  it('finds nothing changed between equal versions', () => {
    expect(diffVersions([plan, annex], [annex, plan])).toMatchObject({ added: [], removed: [] });
  });
});
