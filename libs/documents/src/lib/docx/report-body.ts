import { AlignmentType, Paragraph, type Table } from 'docx';
import type { ReportModel } from '../model';
import { figuresSentence, formatDateVi, nfc, paragraphsOf } from '../vietnamese-text';
import { figuresTable } from './figures-table';
import { centred, line, mm, PORTRAIT_TEXT_WIDTH, rule, run } from './layout';

const BODY_SIZE = 14;

/** Body text: justified, first line indented 1–1.27 cm, at least 6 pt between paragraphs, 1.2 lines. */
const bodyParagraph = (text: string): Paragraph =>
  line(
    text,
    { size: BODY_SIZE },
    {
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: mm(12.7) },
      spacing: { before: 120, after: 0, line: 288 },
    },
  );

/** A heading of the outline ("I. KẾT QUẢ THỰC HIỆN", "1. Ưu điểm"): bold, indented like the text. */
const outlineHeading = (text: string): Paragraph =>
  line(
    text,
    { size: BODY_SIZE, bold: true },
    {
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: mm(12.7) },
      spacing: { before: 120, after: 0, line: 288 },
      keepNext: true,
    },
  );

/** "BÁO CÁO" and its trích yếu, centred and bold, with a short rule under them. */
export function reportTitle(model: ReportModel): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 240, after: 0 }, children: [] }),
    centred('BÁO CÁO', { size: 14, bold: true }),
    centred(model.summary, { size: 14, bold: true }),
    rule(mm(30), PORTRAIT_TEXT_WIDTH),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}

function numberedParts(parts: readonly { title: string; paragraphs: readonly string[] }[]): Paragraph[] {
  return parts.flatMap((part, index) => [
    outlineHeading(`${index + 1}. ${part.title}`),
    ...paragraphsOf(part.paragraphs).map(bodyParagraph),
  ]);
}

/**
 * The outline reports of this kind follow: I. Kết quả thực hiện (the period's figures, in a table
 * by section and in sentences, then each section of the plan), II. Đánh giá chung (ưu điểm; tồn
 * tại, hạn chế; nguyên nhân), III. Phương hướng, nhiệm vụ kỳ tới, IV. Đề xuất, kiến nghị.
 */
export function reportBody(model: ReportModel): (Paragraph | Table)[] {
  const period = `${model.period.label} (từ ngày ${formatDateVi(model.period.from)} đến ngày ${formatDateVi(model.period.to)})`;
  return [
    outlineHeading('I. KẾT QUẢ THỰC HIỆN'),
    bodyParagraph(nfc(`Số liệu ${period}: ${figuresSentence(model.figures)}`)),
    ...paragraphsOf(model.overview).map(bodyParagraph),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 60 },
      keepNext: true,
      children: [run('Bảng số liệu kết quả thực hiện theo lĩnh vực', { size: 13, italics: true })],
    }),
    figuresTable(model.sections, model.figures),
    ...numberedParts(
      model.sections.map((section) => ({
        title: section.title,
        paragraphs: [figuresSentence(section.figures), ...section.paragraphs],
      })),
    ),
    outlineHeading('II. ĐÁNH GIÁ CHUNG'),
    ...numberedParts([
      { title: 'Ưu điểm', paragraphs: model.assessment.strengths },
      { title: 'Tồn tại, hạn chế', paragraphs: model.assessment.shortcomings },
      { title: 'Nguyên nhân', paragraphs: model.assessment.causes },
    ]),
    outlineHeading('III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI'),
    ...paragraphsOf(model.nextTasks).map(bodyParagraph),
    outlineHeading('IV. ĐỀ XUẤT, KIẾN NGHỊ'),
    ...paragraphsOf(model.proposals).map(bodyParagraph),
  ];
}
