import type { AppendixTask, PlanAppendixModel, ReportModel, TaskReportStatus } from '../lib/model';
import { countStatuses } from '../lib/status';

/** A task of the appendix; each test says only what it is about. */
export function appendixTask(overrides: Partial<AppendixTask> = {}): AppendixTask {
  return {
    number: '1',
    content: 'Ban hành Kế hoạch cải cách hành chính năm 2026',
    lead: 'Phòng Văn hóa - Xã hội',
    cooperators: 'Các phòng, đơn vị chuyên môn',
    deliverable: 'Kế hoạch',
    deadlineText: 'Tháng 01/2026',
    due: '2026-01-31',
    result: 'Đã ban hành Kế hoạch số 12/KH-UBND ngày 20/01/2026',
    status: 'completed_on_time',
    completedOn: '2026-01-20',
    daysLate: null,
    ...overrides,
  };
}

const STATUSES: readonly TaskReportStatus[] = [
  'completed_on_time',
  'completed_late',
  'in_progress_on_time',
  'in_progress_overdue',
  'cancelled',
];

const LEADS = [
  'Phòng Văn hóa - Xã hội',
  'Phòng Kinh tế, Hạ tầng và Đô thị',
  'Văn phòng HĐND&UBND',
  'Công an phường',
];

/** A plan's appendix of `sectionCount` sections and `taskCount` tasks with every status in turn. */
export function planAppendix(taskCount = 7, sectionCount = 2): PlanAppendixModel {
  const titles = ['I. Chỉ đạo điều hành', 'II. Cải cách thủ tục hành chính', 'III. Chính quyền số'];
  const sections = Array.from({ length: sectionCount }, (_, index) => ({
    title: titles[index] ?? `${index + 1}. Lĩnh vực ${index + 1}`,
    tasks: [] as AppendixTask[],
  }));
  for (let index = 0; index < taskCount; index++) {
    const status = STATUSES[index % STATUSES.length];
    const late = status === 'completed_late' || status === 'in_progress_overdue';
    const done = status === 'completed_on_time' || status === 'completed_late';
    sections[index % sectionCount].tasks.push(
      appendixTask({
        number: String(index + 1),
        content: `Nhiệm vụ số ${index + 1}: rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai`,
        lead: LEADS[index % LEADS.length],
        status,
        due: `2026-03-${String((index % 28) + 1).padStart(2, '0')}`,
        deadlineText: 'Quý I/2026',
        completedOn: done ? `2026-04-${String((index % 28) + 1).padStart(2, '0')}` : null,
        daysLate: late ? (index % 9) + 1 : null,
        result: status === 'cancelled' ? 'Không phát sinh' : `Kết quả thực hiện nhiệm vụ ${index + 1}`,
      }),
    );
  }
  return {
    planReference: '158/KH-UBND',
    planTitle: 'Kế hoạch cải cách hành chính năm 2026',
    asOf: '2026-03-14',
    sections,
  };
}

/** A quarterly report of the Nhị Chiểu ward whose figures agree with its appendix. */
export function reportModel(appendix: PlanAppendixModel = planAppendix()): ReportModel {
  const all = appendix.sections.flatMap((section) => section.tasks);
  return {
    ward: { name: 'Nhị Chiểu', kind: 'phường', parentBody: 'UBND thành phố Hải Phòng' },
    number: '45',
    place: 'Nhị Chiểu',
    date: '2026-03-05',
    year: 2026,
    summary: 'Kết quả thực hiện Kế hoạch cải cách hành chính quý I năm 2026',
    period: { label: 'Quý I năm 2026', from: '2025-12-15', to: '2026-03-14' },
    figures: countStatuses(all),
    overview: ['UBND phường đã chỉ đạo các phòng, đơn vị triển khai kế hoạch đồng bộ.'],
    sections: appendix.sections.map((section) => ({
      title: section.title.replace(/^[IVX]+\.\s*/, ''),
      figures: countStatuses(section.tasks),
      paragraphs: [`Các đơn vị đã triển khai nhiệm vụ thuộc lĩnh vực ${section.title}.`],
    })),
    assessment: {
      strengths: ['Công tác chỉ đạo được quan tâm, sát sao.'],
      shortcomings: ['Một số nhiệm vụ còn chậm so với thời hạn.'],
      causes: ['Biên chế còn thiếu; khối lượng công việc lớn.'],
    },
    nextTasks: ['Tập trung hoàn thành các nhiệm vụ quá hạn trong quý II.'],
    proposals: ['Đề nghị UBND thành phố bổ sung biên chế công chức.'],
    recipients: ['UBND thành phố Hải Phòng', 'Sở Nội vụ', 'TT Đảng ủy, HĐND phường'],
    archive: 'VT, VHXH',
    signer: { name: 'Nguyễn Văn An' },
    appendix,
  };
}
