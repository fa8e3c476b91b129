import { foldForMatching } from '../fold';

export type ColumnKey =
  | 'number'
  | 'content'
  | 'target'
  | 'task'
  | 'activity'
  | 'lead'
  | 'cooperators'
  | 'deliverable'
  | 'deadline'
  | 'budget'
  | 'note'
  /** "Đơn vị", "Cơ quan thực hiện" over "Chủ trì | Phối hợp": the lead unless a second header row says more. */
  | 'units'
  | 'other';

/**
 * Header wordings, tested in order on the folded cell. Order matters where wordings overlap:
 * "Thời gian thực hiện" is a deadline although "thực hiện" alone names the lead, "Kết quả thực
 * hiện" is a deliverable, "Đơn vị phối hợp" names cooperators although "Đơn vị" alone is the lead.
 */
const HEADER_WORDS: [ColumnKey, RegExp][] = [
  ['number', /^(?:so\s*)?s?tt\.?$|^so thu tu$|^thu tu$/],
  ['target', /muc tieu|chi tieu/],
  ['activity', /hoat dong/],
  ['deadline', /thoi gian|thoi han|tien do|moc thoi/],
  ['deliverable', /san pham|ket qua|hinh thuc/],
  ['cooperators', /phoi hop/],
  ['lead', /chu tri|thuc hien|trach nhiem|dau moi/],
  ['content', /noi dung|ten cong viec|^cong viec/],
  ['task', /nhiem vu|giai phap/],
  ['budget', /kinh phi|nguon von/],
  ['note', /ghi chu/],
  ['units', /^(?:co quan|don vi)(?:, ?(?:co quan|don vi))?$/],
];

const classified = new Map<string, ColumnKey>();

/** What a header cell names; a leading "5-" or "(5)" column index is ignored. */
export function classifyHeaderCell(cell: string): ColumnKey {
  // Every row of a table is asked whether it repeats the header: its cells are mostly the same few.
  let key = classified.get(cell);
  if (key === undefined) {
    key = classify(cell);
    if (classified.size < 10_000) classified.set(cell, key);
  }
  return key;
}

function classify(cell: string): ColumnKey {
  const folded = foldForMatching(cell.replace(/^\s*\(?\d+\)?\s*[-.)]?\s*(?=\D)/, '')).replace(/[:*]+$/, '');
  if (folded === '') return 'other';
  return HEADER_WORDS.find(([, pattern]) => pattern.test(folded))?.[0] ?? 'other';
}
