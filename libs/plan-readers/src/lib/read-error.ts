/** Why a file was refused; each code has one Vietnamese message the import page shows as is. */
export type PlanReadErrorCode =
  | 'empty'
  | 'too_large'
  | 'unsupported_type'
  | 'legacy_office'
  | 'corrupt'
  | 'encrypted'
  | 'macro_enabled'
  | 'zip_bomb'
  | 'scanned_pdf'
  | 'no_table';

const MESSAGES: Record<PlanReadErrorCode, string> = {
  empty: 'Tệp trống, không có nội dung để đọc.',
  too_large: 'Tệp quá lớn để nhập.',
  unsupported_type:
    'Không nhận ra loại tệp. Chỉ nhận tệp Word (.docx), Excel (.xlsx), PDF có lớp chữ, hoặc bảng dán từ Word/Excel.',
  legacy_office:
    'Đây là tệp Word/Excel định dạng cũ (.doc/.xls). Hãy mở tệp và lưu lại thành .docx hoặc .xlsx rồi nhập lại.',
  corrupt: 'Tệp bị hỏng hoặc không đọc được (có thể tải về chưa hết). Hãy mở thử tệp gốc và gửi lại.',
  encrypted:
    'Tệp được đặt mật khẩu nên không đọc được. Hãy gỡ mật khẩu (lưu lại không mật khẩu) rồi nhập lại.',
  macro_enabled:
    'Tệp có chứa macro (mã VBA). Vì an toàn, hệ thống không nhận tệp có macro; hãy lưu lại thành .docx/.xlsx thường.',
  zip_bomb:
    'Tệp nén bất thường (dung lượng khi giải nén quá lớn so với tệp). Vì an toàn, hệ thống từ chối tệp này.',
  scanned_pdf:
    'Đây là bản quét, không có lớp chữ nên không đọc được nội dung. Hãy dùng tệp PDF xuất từ hệ thống văn bản điện tử, hoặc tệp Word/Excel gốc.',
  no_table:
    'Không tìm thấy bảng nhiệm vụ trong tệp: cần một bảng có dòng tiêu đề như "STT", "Nội dung", "Cơ quan chủ trì", "Thời hạn".',
};

export class PlanReadError extends Error {
  readonly code: PlanReadErrorCode;
  /** What the code's message leaves out: a limit, a part name. Never shown without the message. */
  readonly detail?: string;

  constructor(code: PlanReadErrorCode, detail?: string) {
    super(detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code]);
    this.name = 'PlanReadError';
    this.code = code;
    this.detail = detail;
  }
}

export function planReadMessage(code: PlanReadErrorCode): string {
  return MESSAGES[code];
}
