import type { ParseWarning } from './types';

/** 2 MiB of UTF-8: a 45-task plan is about 40 KB, so anything this big is not a pasted plan. */
export const MAX_PLAN_TEXT_BYTES = 2 * 1024 * 1024;

const BINARY_SHARE = 0.02;

/** Control characters other than tab and line breaks, plus U+FFFD left by a failed decoding. */
function isBinaryChar(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
    code === 0x7f ||
    code === 0xfffd
  );
}

function looksBinary(text: string): boolean {
  let suspicious = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0) return true;
    if (isBinaryChar(code)) suspicious++;
  }
  return suspicious / text.length > BINARY_SHARE;
}

function utf8Length(text: string, stopAbove: number): number {
  let bytes = 0;
  for (let index = 0; index < text.length && bytes <= stopAbove; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Refuses text that cannot be a plan before any parsing starts: nothing at all, more than
 * MAX_PLAN_TEXT_BYTES, or binary (a NUL byte, or more than 2 % control or replacement characters,
 * which is what a .docx or .pdf opened as text looks like).
 */
export function checkPlanInput(text: unknown): ParseWarning | null {
  if (typeof text !== 'string' || text.trim().length === 0) {
    return { row: 0, code: 'empty', message: 'Văn bản trống: không có nội dung để đọc.' };
  }
  if (text.length > MAX_PLAN_TEXT_BYTES || utf8Length(text, MAX_PLAN_TEXT_BYTES) > MAX_PLAN_TEXT_BYTES) {
    return {
      row: 0,
      code: 'too_large',
      message: `Văn bản quá lớn (giới hạn ${MAX_PLAN_TEXT_BYTES / 1024 / 1024} MB); hãy dán riêng phần phụ lục danh mục nhiệm vụ.`,
    };
  }
  if (looksBinary(text)) {
    return {
      row: 0,
      code: 'binary',
      message:
        'Nội dung có vẻ là tệp nhị phân (Word, PDF, ảnh…), không phải văn bản; hãy sao chép chữ từ tài liệu rồi dán lại.',
    };
  }
  return null;
}
