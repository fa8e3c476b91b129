import { foldForMatching } from './fold';

/** Kinds of deliverable, each with the folded wordings that announce it. */
const KINDS: { kind: string; words: string[] }[] = [
  {
    kind: 'QPPL',
    words: ['van ban qppl', 'van ban quy pham phap luat', 'quyet dinh qppl', 'cac van ban qppl'],
  },
  { kind: 'Kế hoạch', words: ['ke hoach'] },
  { kind: 'Quyết định', words: ['quyet dinh'] },
  { kind: 'Nghị quyết', words: ['nghi quyet'] },
  { kind: 'Công văn', words: ['cong van'] },
  { kind: 'Báo cáo', words: ['bao cao'] },
  { kind: 'Hướng dẫn', words: ['huong dan'] },
  { kind: 'Quy chế', words: ['quy che'] },
  { kind: 'Quy định', words: ['quy dinh'] },
  { kind: 'Quy trình', words: ['quy trinh'] },
  { kind: 'Đề án', words: ['de an'] },
  { kind: 'Thông báo', words: ['thong bao'] },
  { kind: 'Danh mục', words: ['danh muc'] },
  { kind: 'Biên bản', words: ['bien ban'] },
  { kind: 'Giấy mời', words: ['giay moi'] },
  { kind: 'Hội nghị', words: ['hoi nghi'] },
  { kind: 'Lớp tập huấn', words: ['lop tap huan'] },
  { kind: 'Văn bản', words: ['van ban'] },
];

function isWordStart(text: string, at: number): boolean {
  return at === 0 || !/[a-z0-9]/.test(text[at - 1]);
}

function firstWordIndex(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const after = text[at + word.length];
    if (isWordStart(text, at) && (after === undefined || !/[a-z0-9]/.test(after))) return at;
  }
  return -1;
}

/**
 * The kind of deliverable a cell names first ("Kế hoạch, Thông báo kết luận/Báo cáo" → Kế hoạch).
 * When two wordings start at the same place the longer one wins, so "Quyết định QPPL" is QPPL.
 */
export function deliverableKindOf(deliverable: string): string | null {
  const folded = foldForMatching(deliverable);
  let best: { kind: string; at: number; length: number } | null = null;
  for (const { kind, words } of KINDS) {
    for (const word of words) {
      const at = firstWordIndex(folded, word);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && word.length > best.length)) {
        best = { kind, at, length: word.length };
      }
    }
  }
  return best?.kind ?? null;
}
