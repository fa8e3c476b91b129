import type { RoundContext } from '@dondoc/workflows';

/** What the Word report's outline takes from the compiled text, part by part. */
export interface CompiledOutline {
  results: string[];
  strengths: string[];
  shortcomings: string[];
  causes: string[];
  nextTasks: string[];
  proposals: string[];
}

const PART_HEADINGS: [RegExp, keyof CompiledOutline][] = [
  [/^I\.\s/, 'results'],
  [/^II\.\s/, 'strengths'],
  [/^III\.\s/, 'nextTasks'],
  [/^IV\.\s/, 'proposals'],
];
const ASSESSMENT_HEADINGS: [RegExp, keyof CompiledOutline][] = [
  [/^(\d+\.\s*)?Ưu điểm/i, 'strengths'],
  [/^(\d+\.\s*)?Tồn tại/i, 'shortcomings'],
  [/^(\d+\.\s*)?Nguyên nhân/i, 'causes'],
];

/**
 * The compiled text read into the report's outline: the headings I–IV (and the three headings of
 * II) the draft writes say where each paragraph goes, since the Word builder prints the headings
 * itself; text before any heading is part I. Văn phòng may drop headings: nothing is lost.
 */
export function outlineOf(text: string): CompiledOutline {
  const outline: CompiledOutline = {
    results: [],
    strengths: [],
    shortcomings: [],
    causes: [],
    nextTasks: [],
    proposals: [],
  };
  let part: keyof CompiledOutline = 'results';
  for (const raw of text.normalize('NFC').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const heading = PART_HEADINGS.find(([pattern]) => pattern.test(line));
    if (heading) {
      part = heading[1];
      continue;
    }
    const inAssessment = part === 'strengths' || part === 'shortcomings' || part === 'causes';
    const subHeading = inAssessment ? ASSESSMENT_HEADINGS.find(([pattern]) => pattern.test(line)) : undefined;
    if (subHeading) {
      part = subHeading[1];
      continue;
    }
    outline[part].push(line);
  }
  return outline;
}

export interface DraftLabels {
  unitName(unitId: string): string;
  task(taskId: string): { ref: string; content: string } | undefined;
}

/** The first compiled text: each accepted part's results under its unit, the missing units named. */
export function draftCompiledText(
  context: RoundContext,
  labels: DraftLabels,
  missingUnitIds: string[],
): string {
  const lines = ['I. Kết quả thực hiện'];
  for (const unitId of context.unitIds) {
    const part = context.parts[unitId];
    if (part.state !== 'accepted') continue;
    lines.push(`${labels.unitName(unitId)}:`);
    for (const result of part.results) {
      const task = labels.task(result.taskId);
      const name = task ? `${task.ref}. ${task.content}` : result.taskId;
      lines.push(`- ${name}: ${result.result}`);
    }
  }
  if (missingUnitIds.length > 0)
    lines.push(`Đơn vị chưa gửi báo cáo: ${missingUnitIds.map((id) => labels.unitName(id)).join(', ')}.`);
  lines.push('II. Đánh giá chung', '1. Ưu điểm', '2. Tồn tại, hạn chế', '3. Nguyên nhân');
  lines.push('III. Phương hướng, nhiệm vụ kỳ tới', 'IV. Đề xuất, kiến nghị');
  return lines.join('\n');
}
