/** How the first cell of a row reads: the regular expressions of the row numbering in plans. */

/** "I", "VII", "A", "B." — a section, never a task number. */
export const SECTION_KEY = /^([IVXLC]{1,5}|[A-Z])\s*[.:)]?$/;
/** "I. Chỉ đạo điều hành", "B - Nhiệm vụ cụ thể" in one cell. */
export const SECTION_WITH_TITLE = /^([IVXLC]{1,5}|[A-Z])\s*[.:)\-–—]\s*(\S.*)$/s;
/** "1. Cải cách thể chế", "2.1 Nhóm…": a numbered heading when the row is merged across. */
export const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2})*)\s*[.:)\-–]?\s+(\S.*)$/s;
/** "12", "12.", "3)", "1.1", "2.3.1". */
export const TASK_NUMBER = /^(\d{1,4}(?:\.\d{1,3})*)[.)]?$/;
/** "a)", "b.", "đ)": a lettered item. */
export const LETTER_ITEM = /^([a-zđ])[.)]$/;
/** "-", "+", "•", "*", "–": an unnumbered part of the task above. */
export const PART_MARKER = /^[-+•*–—∙·○▪]$/;
/** The same markers opening the content of a row with no number. */
export const PART_MARKER_START = /^[-+•*–—∙·○▪]\s+\S/;
/** "(1)", "1", "(2)"…: the row under a header that numbers its columns. */
export const COLUMN_INDEX = /^\(?\d{1,2}\)?$/;
