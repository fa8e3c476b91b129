import {
  DIGEST_SECTION_TITLES_VI,
  type DigestSectionDto,
  formatCount,
  sectionTotal,
} from '@dondoc/contracts';
import { formatViDate } from '@dondoc/deadlines';
import type { MailMessage } from '../mail/mail-transport';
import { itemCount } from './digest-sections';

export interface DigestMailInput {
  unit: { code: string; name: string };
  date: string;
  sections: readonly DigestSectionDto[];
  to: string[];
}

/** "32.108": counts as Vietnamese writes them. */
const formatViCount = (count: number): string => formatCount(count, 'vi');

/** The e-mail of a unit's digest: plain text, in Vietnamese, the sections as lists. */
export function digestMail({ unit, date, sections, to }: DigestMailInput): MailMessage {
  const lines = sections.flatMap((section) => {
    const unlisted = sectionTotal(section) - section.items.length;
    return [
      `${DIGEST_SECTION_TITLES_VI[section.key]} (${formatViCount(sectionTotal(section))}):`,
      ...section.items.map(
        (item) =>
          `  - Nhiệm vụ ${item.ref}: ${item.task}${item.due ? ` (hạn ${formatViDate(item.due)})` : ''}`,
      ),
      ...(unlisted > 0
        ? [`  … và ${formatViCount(unlisted)} nhiệm vụ khác, xem trên bảng công việc của đơn vị.`]
        : []),
      '',
    ];
  });
  return {
    to,
    subject: `[Đôn Đốc] Bản tin ngày ${formatViDate(date)} — ${unit.code}: ${formatViCount(itemCount(sections))} việc cần xử lý`,
    text: [
      `Kính gửi ${unit.name},`,
      '',
      `Các việc đơn vị cần xử lý trong ngày ${formatViDate(date)}:`,
      '',
      ...lines,
      'Thư này do hệ thống Đôn Đốc gửi tự động, vui lòng không trả lời.',
    ].join('\n'),
  };
}
