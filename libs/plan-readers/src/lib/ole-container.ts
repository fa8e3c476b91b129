/**
 * The names in an OLE compound file's directory (MS-CFB). Word and Excel write a password
 * protected .docx/.xlsx as such a file holding "EncryptionInfo" and "EncryptedPackage" streams;
 * the .doc/.xls of Office 97–2003 hold "WordDocument" or "Workbook".
 */
const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_SIZE = 128;
/** A directory of a few thousand entries is already far beyond any Office file. */
const MAX_DIRECTORY_SECTORS = 4096;

export function isOleCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && SIGNATURE.every((byte, index) => bytes[index] === byte);
}

function fatSectorIds(view: DataView, sectorSize: number): number[] {
  const ids: number[] = [];
  for (let index = 0; index < HEADER_DIFAT_ENTRIES; index++) {
    const id = view.getUint32(0x4c + index * 4, true);
    if (id < 0xfffffffa) ids.push(id);
  }
  let difat = view.getUint32(0x44, true);
  const perSector = sectorSize / 4 - 1;
  for (let guard = 0; difat < 0xfffffffa && guard < MAX_DIRECTORY_SECTORS; guard++) {
    const start = (difat + 1) * sectorSize;
    if (start + sectorSize > view.byteLength) break;
    for (let index = 0; index < perSector; index++) {
      const id = view.getUint32(start + index * 4, true);
      if (id < 0xfffffffa) ids.push(id);
    }
    difat = view.getUint32(start + perSector * 4, true);
  }
  return ids;
}

/** Stream and storage names of the compound file, or null when its header or directory is broken. */
export function oleDirectoryNames(bytes: Uint8Array): string[] | null {
  if (!isOleCompoundFile(bytes)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  const fat = fatSectorIds(view, sectorSize);
  const nextSector = (sector: number): number => {
    const fatSector = fat[Math.floor((sector * 4) / sectorSize)];
    const at = (fatSector + 1) * sectorSize + ((sector * 4) % sectorSize);
    return fatSector === undefined || at + 4 > view.byteLength ? END_OF_CHAIN : view.getUint32(at, true);
  };

  const names: string[] = [];
  let sector = view.getUint32(0x30, true);
  for (let guard = 0; sector !== END_OF_CHAIN && guard < MAX_DIRECTORY_SECTORS; guard++) {
    const start = (sector + 1) * sectorSize;
    if (start + sectorSize > view.byteLength) return null;
    for (let entry = start; entry < start + sectorSize; entry += DIRECTORY_ENTRY_SIZE) {
      const nameBytes = view.getUint16(entry + 0x40, true);
      const type = view.getUint8(entry + 0x42);
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
      let name = '';
      for (let char = 0; char < nameBytes / 2 - 1; char++) {
        name += String.fromCharCode(view.getUint16(entry + char * 2, true));
      }
      names.push(name);
    }
    sector = nextSector(sector);
  }
  return names;
}
