import type { DeliverableChangesDto, DeliverableFileRefDto } from '@dondoc/contracts';

export interface HashedFile {
  id: string;
  name: string;
  sha256: string;
}

const refOf = (file: HashedFile): DeliverableFileRefDto => ({
  fileId: file.id,
  name: file.name,
  sha256: file.sha256,
});

/**
 * What a version changed against the previous one, by content: a file whose bytes were there
 * before is unchanged even under a new name; new bytes are added; bytes no longer there are
 * removed. The same content twice in one version counts once.
 */
export function diffVersions(
  previous: readonly HashedFile[],
  current: readonly HashedFile[],
): DeliverableChangesDto {
  const before = new Set(previous.map((file) => file.sha256));
  const now = new Set(current.map((file) => file.sha256));
  const firstOfEachHash = (files: readonly HashedFile[]) =>
    files.filter((file, index) => files.findIndex((other) => other.sha256 === file.sha256) === index);
  return {
    added: firstOfEachHash(current)
      .filter((file) => !before.has(file.sha256))
      .map(refOf),
    removed: firstOfEachHash(previous)
      .filter((file) => !now.has(file.sha256))
      .map(refOf),
    unchanged: firstOfEachHash(current)
      .filter((file) => before.has(file.sha256))
      .map(refOf),
  };
}
