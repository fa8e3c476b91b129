import type { ResultFileDto, TaskResult } from '@dondoc/contracts';

/**
 * Each task's "kết quả thực hiện" as the round's report prints it: the unit's text, and under it
 * the names of the files the unit attached ("Tệp kèm theo: …"), so the reader of the .docx knows
 * which evidence Văn phòng holds; the files themselves stay in the app.
 */
export function roundResultTexts(
  parts: readonly { results: readonly TaskResult[] }[],
  files: readonly ResultFileDto[],
): Map<string, string> {
  const names = new Map<string, string[]>();
  for (const file of files) names.set(file.taskId, [...(names.get(file.taskId) ?? []), file.name]);
  const texts = new Map<string, string>();
  for (const part of parts) for (const result of part.results) texts.set(result.taskId, result.result);
  for (const [taskId, attached] of names) {
    const text = texts.get(taskId) ?? '';
    const list = `Tệp kèm theo: ${attached.join('; ')}`;
    texts.set(taskId, text === '' ? list : `${text}\n${list}`);
  }
  return texts;
}
