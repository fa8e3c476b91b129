/**
 * A minimal writer of OLE compound files (MS-CFB version 3, 512-byte sectors): streams directly
 * under the root, those under 4096 bytes in the mini stream as the format requires. Enough to
 * build the container Office writes a password-protected document in; no library here writes one.
 */
const SECTOR = 512;
const MINI_SECTOR = 64;
const MINI_CUTOFF = 4096;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;

export interface CfbStream {
  name: string;
  data: Uint8Array;
}

const sectorsFor = (bytes: number, size: number) => Math.ceil(bytes / size);

/** CFB orders siblings by name length, then by upper-cased name. */
function compareNames(a: string, b: string): number {
  return (
    a.length - b.length ||
    (a.toUpperCase() < b.toUpperCase() ? -1 : a.toUpperCase() > b.toUpperCase() ? 1 : 0)
  );
}

function directoryEntry(
  name: string,
  type: 1 | 2 | 5,
  start: number,
  size: number,
  links: { left?: number; right?: number; child?: number },
): Buffer {
  const entry = Buffer.alloc(128);
  entry.write(`${name}\0`, 0, 'utf16le');
  entry.writeUInt16LE((name.length + 1) * 2, 0x40);
  entry.writeUInt8(type, 0x42);
  entry.writeUInt8(1, 0x43); // black
  entry.writeUInt32LE(links.left ?? NO_STREAM, 0x44);
  entry.writeUInt32LE(links.right ?? NO_STREAM, 0x48);
  entry.writeUInt32LE(links.child ?? NO_STREAM, 0x4c);
  entry.writeUInt32LE(start, 0x74);
  entry.writeUInt32LE(size, 0x78);
  return entry;
}

export function writeCompoundFile(streams: CfbStream[]): Buffer {
  const sorted = [...streams].sort((a, b) => compareNames(a.name, b.name));
  const small = sorted.filter((stream) => stream.data.length < MINI_CUTOFF);
  const large = sorted.filter((stream) => stream.data.length >= MINI_CUTOFF);

  // The mini stream and its allocation table.
  const miniStart = new Map<string, number>();
  const miniFat: number[] = [];
  for (const stream of small) {
    const count = Math.max(1, sectorsFor(stream.data.length, MINI_SECTOR));
    miniStart.set(stream.name, miniFat.length);
    for (let index = 0; index < count; index++)
      miniFat.push(index === count - 1 ? END_OF_CHAIN : miniFat.length + 1);
  }
  const miniStream = Buffer.alloc(miniFat.length * MINI_SECTOR);
  for (const stream of small)
    Buffer.from(stream.data).copy(miniStream, (miniStart.get(stream.name) ?? 0) * MINI_SECTOR);

  // Regular sectors after the FAT: directory, mini FAT, mini stream, then each large stream.
  const directorySectors = sectorsFor((sorted.length + 1) * 128, SECTOR);
  const miniFatSectors = miniFat.length ? sectorsFor(miniFat.length * 4, SECTOR) : 0;
  const miniStreamSectors = sectorsFor(miniStream.length, SECTOR);
  const largeSectors = large.map((stream) => sectorsFor(stream.data.length, SECTOR));
  const contentSectors =
    directorySectors + miniFatSectors + miniStreamSectors + largeSectors.reduce((a, b) => a + b, 0);
  let fatSectors = 1;
  while (fatSectors * (SECTOR / 4) < fatSectors + contentSectors) fatSectors++;
  if (fatSectors > 109)
    throw new Error('writeCompoundFile: files over ~7 MB need DIFAT sectors, not written here');

  const fat: number[] = [];
  const chain = (count: number): number => {
    const start = fat.length;
    for (let index = 0; index < count; index++) fat.push(index === count - 1 ? END_OF_CHAIN : fat.length + 1);
    return count ? start : END_OF_CHAIN;
  };
  for (let index = 0; index < fatSectors; index++) fat.push(FAT_SECTOR);
  const directoryStart = chain(directorySectors);
  const miniFatStart = chain(miniFatSectors);
  const miniStreamStart = chain(miniStreamSectors);
  const largeStart = new Map(large.map((stream, index) => [stream.name, chain(largeSectors[index])]));

  // Root's child is the first stream; the others hang off it as right siblings, in order.
  const entries = [
    directoryEntry('Root Entry', 5, miniStreamStart, miniStream.length, {
      child: sorted.length ? 1 : undefined,
    }),
    ...sorted.map((stream, index) =>
      directoryEntry(
        stream.name,
        2,
        stream.data.length < MINI_CUTOFF
          ? (miniStart.get(stream.name) ?? 0)
          : (largeStart.get(stream.name) ?? 0),
        stream.data.length,
        { right: index + 1 < sorted.length ? index + 2 : undefined },
      ),
    ),
  ];
  const directory = Buffer.alloc(directorySectors * SECTOR);
  entries.forEach((entry, index) => entry.copy(directory, index * 128));
  // Unused entries are zeros with no siblings and no child.
  for (let index = entries.length; index < directorySectors * 4; index++) {
    directory.writeUInt32LE(NO_STREAM, index * 128 + 0x44);
    directory.writeUInt32LE(NO_STREAM, index * 128 + 0x48);
    directory.writeUInt32LE(NO_STREAM, index * 128 + 0x4c);
  }

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(fatSectors, 0x2c);
  header.writeUInt32LE(directoryStart, 0x30);
  header.writeUInt32LE(MINI_CUTOFF, 0x38);
  header.writeUInt32LE(miniFatSectors ? miniFatStart : END_OF_CHAIN, 0x3c);
  header.writeUInt32LE(miniFatSectors, 0x40);
  header.writeUInt32LE(END_OF_CHAIN, 0x44);
  for (let index = 0; index < 109; index++)
    header.writeUInt32LE(index < fatSectors ? index : FREE, 0x4c + index * 4);

  const fatBytes = Buffer.alloc(fatSectors * SECTOR, 0xff);
  fat.forEach((next, index) => fatBytes.writeUInt32LE(next, index * 4));
  const miniFatBytes = Buffer.alloc(miniFatSectors * SECTOR, 0xff);
  miniFat.forEach((next, index) => miniFatBytes.writeUInt32LE(next, index * 4));
  const padded = (data: Uint8Array, sectors: number) => {
    const bytes = Buffer.alloc(sectors * SECTOR);
    Buffer.from(data).copy(bytes);
    return bytes;
  };
  return Buffer.concat([
    header,
    fatBytes,
    directory,
    miniFatBytes,
    padded(miniStream, miniStreamSectors),
    ...large.map((stream, index) => padded(stream.data, largeSectors[index])),
  ]);
}
