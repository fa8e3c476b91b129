import type { ReportCategory } from '@dondoc/deadlines';

/** A calendar date as 'YYYY-MM-DD' (Vietnam's day, already decided by the caller). */
export type DateOnly = string;

/** Where a task stands in a report: one of the Government Office's four categories, or cancelled. */
export type TaskReportStatus = ReportCategory | 'cancelled';

/** How many tasks stand in each status. The four categories sum to the tasks counted; cancelled ones are apart. */
export type StatusCounts = Readonly<Record<TaskReportStatus, number>>;

/** One task as the appendix of a plan shows it, with where it stood at the report's cut-off. */
export interface AppendixTask {
  /** Its number in the plan's table, as printed ("1", "12", "2.3"). */
  number: string;
  content: string;
  /** The lead unit (chủ trì) as the plan names it. */
  lead: string;
  /** Cooperating units (phối hợp), as one text. */
  cooperators: string;
  /** Deliverable (sản phẩm / kết quả đầu ra). */
  deliverable: string;
  /** The deadline as the plan wrote it ("Quý II/2026", "Thường xuyên"). */
  deadlineText: string;
  /** The deadline in force at the cut-off, when one applies. */
  due: DateOnly | null;
  /** What the lead unit reported it did (kết quả thực hiện). */
  result: string;
  status: TaskReportStatus;
  /** The day the approved version was handed in, when done. */
  completedOn: DateOnly | null;
  /** Days past the deadline (done late, or overdue at the cut-off); null when not late. */
  daysLate: number | null;
}

export interface AppendixSection {
  /** The section's heading as the plan prints it ("I. Chỉ đạo điều hành"). */
  title: string;
  tasks: readonly AppendixTask[];
}

/** A plan's task table with each task's standing: the Word report's Phụ lục and the Excel workbook. */
export interface PlanAppendixModel {
  /** Số và ký hiệu of the plan ("158/KH-UBND"). */
  planReference: string;
  planTitle: string;
  /** The instant the standing is taken at, as a date ("Số liệu tính đến ngày …"). */
  asOf: DateOnly;
  sections: readonly AppendixSection[];
}

export type WardKind = 'phường' | 'xã' | 'đặc khu';

/** One section of "I. Kết quả thực hiện": a section of the plan with its figures and compiled text. */
export interface ReportResultSection {
  /** The plan section's name without its numeral ("Chỉ đạo điều hành"); the report numbers them. */
  title: string;
  figures: StatusCounts;
  paragraphs: readonly string[];
}

/** Everything a ward's progress report (báo cáo) holds, filled by the reports context. */
export interface ReportModel {
  ward: {
    /** The ward's own name ("Nhị Chiểu"). */
    name: string;
    kind: WardKind;
    /** The body above it (cơ quan chủ quản), e.g. "UBND THÀNH PHỐ HẢI PHÒNG"; omitted when none is printed. */
    parentBody?: string;
  };
  /** The report's number once issued; null leaves the blank the văn thư fills ("Số:      /BC-UBND"). */
  number: string | null;
  /** Ký hiệu after the number; "BC-UBND" unless said otherwise. */
  symbol?: string;
  /** Địa danh of the place-and-date line. */
  place: string;
  /** Date of signing; null leaves blanks for the day and month. */
  date: DateOnly | null;
  /** Year printed when the date is still blank. */
  year: number;
  /** Trích yếu: what the report is about ("Kết quả thực hiện Kế hoạch số 158/KH-UBND quý I năm 2026"). */
  summary: string;
  period: { label: string; from: DateOnly; to: DateOnly };
  /** The period's figures for the whole plan, from the as-of fold. */
  figures: StatusCounts;
  /** Opening paragraphs of part I, before the sections. */
  overview: readonly string[];
  sections: readonly ReportResultSection[];
  assessment: {
    strengths: readonly string[];
    shortcomings: readonly string[];
    causes: readonly string[];
  };
  nextTasks: readonly string[];
  proposals: readonly string[];
  /** Nơi nhận, without the dash and the ending punctuation ("Như trên", "TT Đảng ủy phường"). */
  recipients: readonly string[];
  /** What follows "Lưu:" ("VT, VHXH"). */
  archive: string;
  signer: {
    /** "TM. ỦY BAN NHÂN DÂN" by default; "KT. CHỦ TỊCH" for a deputy. */
    authority?: string;
    /** "CHỦ TỊCH" by default; "PHÓ CHỦ TỊCH" for a deputy. */
    position?: string;
    /** Empty until someone is chosen to sign. */
    name: string;
  };
  appendix: PlanAppendixModel;
}

/** A column of a board export: which field of the cards, under which header, of which kind. */
export interface BoardColumn {
  key: string;
  header: string;
  /** Dates are written as Excel dates (dd/mm/yyyy); numbers as numbers; the rest as wrapped text. */
  kind: 'text' | 'date' | 'number';
  /** Width in characters; a sensible one is chosen from the kind when absent. */
  width?: number;
}

/** A card as the board shows it: its visible fields by column key (dates as 'YYYY-MM-DD'). */
export type BoardCardRow = Readonly<Record<string, string | number | null | undefined>>;
