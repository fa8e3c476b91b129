import { headerScore, MIN_HEADER_SCORE } from '../table-score';
import type { TextLine, TextRun } from './pdf-lines';

/** Lines closer than this (fraction of the font size) belong to one table row. */
export const ROW_GAP = 0.5;
const MAX_HEADER_LINES = 5;

export interface HeaderBand {
  /** Index of its first line and one past its last. */
  start: number;
  end: number;
  /** Where each column's runs begin: a run starting at x belongs to the last column whose start ≤ x. */
  starts: number[];
}

interface Cluster {
  left: number;
  right: number;
  texts: string[];
}

/** Header cells stacked on several lines overlap in x: each overlapping group is one column. */
function clusterRuns(lines: TextLine[]): Cluster[] {
  const runs: TextRun[] = lines.flatMap((line) => line.runs);
  const clusters: Cluster[] = [];
  for (const run of [...runs].sort((a, b) => a.left - b.left)) {
    const last = clusters[clusters.length - 1];
    if (last && run.left <= last.right + 1) {
      last.right = Math.max(last.right, run.right);
      last.texts.push(run.text);
    } else {
      clusters.push({ left: run.left, right: run.right, texts: [run.text] });
    }
  }
  return clusters;
}

function bandFrom(lines: TextLine[], start: number): number {
  let end = start + 1;
  let bottom = lines[start].bottom;
  while (
    end < lines.length &&
    end - start < MAX_HEADER_LINES &&
    lines[end].page === lines[start].page &&
    lines[end].top - bottom < ROW_GAP * lines[end].height
  ) {
    bottom = Math.max(bottom, lines[end].bottom);
    end++;
  }
  return end;
}

/**
 * The table's header: the band of close lines whose runs, grouped into columns, best look like a
 * plan's header. A body run belongs to the column whose header ends left of where it starts:
 * header cells are often centred, so the header's right end is the only edge body text never
 * crosses (left-aligned and centred body text starts before it).
 */
export function findHeaderBand(lines: TextLine[]): HeaderBand | null {
  let best: { start: number; end: number; score: number; clusters: Cluster[] } | null = null;
  for (let start = 0; start < lines.length; start++) {
    const end = bandFrom(lines, start);
    const clusters = clusterRuns(lines.slice(start, end));
    const score = headerScore(clusters.map((cluster) => cluster.texts.join(' ')));
    if (score >= MIN_HEADER_SCORE && (!best || score > best.score)) best = { start, end, score, clusters };
  }
  if (!best) return null;
  const { clusters } = best;
  const starts = clusters.map((cluster, index) =>
    index === 0 ? -Infinity : Math.min(clusters[index - 1].right + 1, cluster.left),
  );
  return { start: best.start, end: best.end, starts };
}

export function columnOf(x: number, starts: number[]): number {
  let column = 0;
  for (let index = 1; index < starts.length; index++) if (x >= starts[index]) column = index;
  return column;
}
