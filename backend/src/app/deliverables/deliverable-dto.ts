import type { DeliverableFileDto, DeliverableVersionDto } from '@dondoc/contracts';
import type { DeliverableFileEntity } from './entities/deliverable-file.entity';
import type { DeliverableVersionEntity } from './entities/deliverable-version.entity';
import { diffVersions } from './version-diff';

export function toFileDto(file: DeliverableFileEntity): DeliverableFileDto {
  return {
    id: file.id,
    name: file.name,
    size: file.size,
    mediaType: file.mediaType,
    sha256: file.sha256,
    uploadedAt: file.createdAt,
    uploadedBy: { id: file.uploadedById, name: file.uploadedByName },
  };
}

/** Versions oldest first, each with its files and what it changed against the one before. */
export function toVersionDtos(
  versions: readonly DeliverableVersionEntity[],
  files: readonly DeliverableFileEntity[],
): DeliverableVersionDto[] {
  let previous: DeliverableFileEntity[] | null = null;
  return [...versions]
    .sort((a, b) => a.number - b.number)
    .map((version) => {
      const own = files.filter((file) => file.versionId === version.id);
      const dto: DeliverableVersionDto = {
        number: version.number,
        taskVersion: version.taskVersion,
        submittedAt: version.createdAt,
        submittedBy: { id: version.submittedById, name: version.submittedByName },
        files: own.map(toFileDto),
        changes: previous === null ? null : diffVersions(previous, own),
      };
      previous = own;
      return dto;
    });
}
