import type { CardDto } from '@dondoc/contracts';
import { REPORT_CATEGORY_LABELS_VI } from '@dondoc/deadlines';
import {
  type AppendixSection,
  type AppendixTask,
  buildBoardWorkbook,
  buildPlanWorkbook,
  buildReportDocx,
  type PlanAppendixModel,
  type ReportModel,
  type BoardColumn as SheetColumn,
  type StatusCounts,
  type WardKind,
} from '@dondoc/documents';
import { type BoardColumn, boardFilter } from '@dondoc/domain';
import type { CategoryCounts, ReportFigures, TaskStanding } from '@dondoc/reports';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { UnitEntity } from '../org/entities/unit.entity';
import { WardEntity } from '../org/entities/ward.entity';
import { PlanSectionEntity } from '../task-model/entities/plan-section.entity';
import type { PlanEntity } from '../task-model/entities/plan.entity';
import { TaskEntity } from '../task-model/entities/task.entity';
import { planOfWard } from '../task-model/plan-of-ward';
import { type AsOfQuery, periodOfKey, resolveAsOf } from './as-of';
import { readAsOfDay } from './as-of-day';
import { BoardsAsOfService } from './boards-as-of.service';
import { outlineOf } from './compiled-text';
import { FiguresService } from './figures.service';
import { ResultFilesService } from './result-files.service';
import { roundResultTexts } from './round-result-texts';
import { RoundsService } from './rounds.service';

/**
 * A board view: the instant (`asOf`, a day as the board "tại ngày" shows it; or `at`/`period`; none:
 * the live board) and the board's own filters, named as in its address (`unit` code, `section`,
 * `type`, `timeliness`, `mine=1`, `q`), besides the older `unitId`, `column` and `sectionKey`.
 */
export interface BoardExportQuery extends AsOfQuery {
  asOf?: string;
  unit?: string;
  section?: string;
  timeliness?: string;
  mine?: string;
  unitId?: string;
  type?: string;
  column?: string;
  sectionKey?: string;
  q?: string;
}

export interface ExportedFile {
  buffer: Buffer;
  filename: string;
}

const COLUMN_LABELS_VI: Record<BoardColumn, string> = {
  waiting: 'Chờ thực hiện',
  draft: 'Đang thực hiện',
  returned: 'Bị trả lại',
  submitted: 'Đã trình',
  reviewed: 'Đã thẩm định',
  approved: 'Đã phê duyệt',
  cancelled: 'Đã hủy',
};

const BOARD_SHEET_COLUMNS: SheetColumn[] = [
  { key: 'ref', header: 'Số TT', kind: 'text', width: 8 },
  { key: 'content', header: 'Nội dung nhiệm vụ', kind: 'text', width: 60 },
  { key: 'lead', header: 'Đơn vị chủ trì', kind: 'text', width: 24 },
  { key: 'deadlineText', header: 'Thời hạn', kind: 'text', width: 16 },
  { key: 'due', header: 'Hạn', kind: 'date' },
  { key: 'column', header: 'Trạng thái', kind: 'text', width: 18 },
  { key: 'category', header: 'Phân loại', kind: 'text', width: 26 },
  { key: 'doneOn', header: 'Ngày hoàn thành', kind: 'date' },
  { key: 'daysLate', header: 'Số ngày quá hạn', kind: 'number' },
];

const statusCounts = (counts: CategoryCounts | undefined): StatusCounts => ({
  completed_on_time: counts?.completed_on_time ?? 0,
  completed_late: counts?.completed_late ?? 0,
  in_progress_on_time: counts?.in_progress_on_time ?? 0,
  in_progress_overdue: counts?.in_progress_overdue ?? 0,
  cancelled: counts?.cancelled ?? 0,
});

/** "Phường Nhị Chiểu" → kind and own name, as the heading of a Nghị định 30 document prints them. */
export function wardNameParts(name: string): { kind: WardKind; name: string } {
  const match = /^(phường|xã|đặc khu)\s+(.+)$/iu.exec(name.normalize('NFC').trim());
  if (!match) return { kind: 'phường', name: name.trim() };
  return { kind: match[1].toLowerCase() as WardKind, name: match[2] };
}

/** The files a ward sends upward, from the as-of fold and the round's compiled text. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly figures: FiguresService,
    private readonly rounds: RoundsService,
    private readonly resultFiles: ResultFilesService,
    private readonly boards: BoardsAsOfService,
    private readonly clock: Clock,
  ) {}

  /** The round's report (.docx): figures as of the period's cut-off, the compiled text as its body. */
  async roundReport(user: AuthUser, roundId: string): Promise<ExportedFile> {
    const manager = this.dataSource.manager;
    const round = await this.rounds.roundOfWard(manager, roundId, user.wardId);
    if (round.context.compiledText === null)
      throw new AppError('EVENT_NOT_ACCEPTED', 'Đợt báo cáo chưa được tổng hợp, chưa có báo cáo để tải');
    const plan = await planOfWard(manager, round.planId, user.wardId);
    const ward = await manager.findOneByOrFail(WardEntity, { id: user.wardId });
    const period = periodOfKey(round.periodKey, round.periodBasis);
    const { figures } = await this.figures.foldPlan(plan, round.cutOff);
    const files = [...(await this.resultFiles.ofRound(manager, round.id)).values()].flat();
    const results = roundResultTexts(Object.values(round.context.parts), files);
    const appendix = await this.appendixOf(plan, figures, results);
    const outline = outlineOf(round.context.compiledText);
    const sectionRows = await manager.find(PlanSectionEntity, {
      where: { planId: plan.id },
      order: { position: 'ASC' },
    });
    const model: ReportModel = {
      ward: wardNameParts(ward.name),
      number: null,
      place: wardNameParts(ward.name).name,
      date: null,
      year: period.year,
      summary: `Kết quả thực hiện Kế hoạch số ${plan.symbol} ${period.label.toLowerCase().startsWith('năm') ? period.label.toLowerCase() : period.label}`,
      period: { label: period.label, from: period.start, to: period.end },
      figures: statusCounts(figures.byPlan.find((row) => row.planId === plan.id)?.counts),
      overview: outline.results,
      sections: sectionRows.map((section) => ({
        title: section.title,
        figures: statusCounts(
          figures.bySection.find((row) => row.planId === plan.id && row.sectionKey === section.key)?.counts,
        ),
        paragraphs: [],
      })),
      assessment: {
        strengths: outline.strengths,
        shortcomings: outline.shortcomings,
        causes: outline.causes,
      },
      nextTasks: outline.nextTasks,
      proposals: outline.proposals,
      recipients: ['UBND Thành phố (để báo cáo)', 'TT Đảng ủy, HĐND phường', 'Các đơn vị thuộc UBND phường'],
      archive: 'VT, VP',
      signer: { name: '' },
      appendix,
    };
    return {
      buffer: await buildReportDocx(model),
      filename: `Báo cáo ${plan.symbol.replace(/\//g, '-')} ${period.label.replace(/\//g, '-')}.docx`,
    };
  }

  /** The plan's appendix (.xlsx) as of an instant; results from a round when one is named. */
  async planAppendix(
    user: AuthUser,
    planId: string,
    query: AsOfQuery & { roundId?: string; sheetsBy?: string },
  ): Promise<ExportedFile> {
    const manager = this.dataSource.manager;
    const plan = await planOfWard(manager, planId, user.wardId);
    let instant = resolveAsOf(query, this.clock.now()).instant;
    const results = new Map<string, string>();
    if (query.roundId) {
      const round = await this.rounds.roundOfWard(manager, query.roundId, user.wardId);
      if (round.planId !== plan.id)
        throw new AppError('VALIDATION_FAILED', 'Đợt báo cáo không thuộc kế hoạch này');
      if (!query.at && !query.period) instant = round.cutOff;
      for (const part of Object.values(round.context.parts))
        for (const result of part.results) results.set(result.taskId, result.result);
    }
    const sheetsBy = query.sheetsBy ?? 'plan';
    if (sheetsBy !== 'plan' && sheetsBy !== 'section' && sheetsBy !== 'unit')
      throw new AppError('VALIDATION_FAILED', 'sheetsBy phải là plan, section hoặc unit');
    const { figures } = await this.figures.foldPlan(plan, instant);
    const appendix = await this.appendixOf(plan, figures, results);
    return {
      buffer: await buildPlanWorkbook(appendix, { sheetsBy }),
      filename: `Phụ lục ${plan.symbol.replace(/\//g, '-')} ngày ${figures.today}.xlsx`,
    };
  }

  /** A board view (.xlsx): the cards the board shows with the same filters, live or as of an instant. */
  async boardView(user: AuthUser, planId: string, query: BoardExportQuery): Promise<ExportedFile> {
    const manager = this.dataSource.manager;
    const plan = await planOfWard(manager, planId, user.wardId);
    const now = this.clock.now();
    const instant =
      query.asOf !== undefined
        ? readAsOfDay(query.asOf, now).instant
        : query.at || query.period
          ? resolveAsOf(query, now).instant
          : null;
    const { cards, figures } = await this.boards.cardsAt(plan, instant);
    const standingOf = new Map(figures.standings.map((standing) => [standing.taskId, standing]));
    const rows = await this.taskRows(figures.standings);
    const units = await manager.find(UnitEntity, { where: { wardId: user.wardId } });
    const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
    const matches = boardFilter<CardDto>(
      {
        unit: query.unit || null,
        section: query.section || null,
        type: query.type || null,
        timeliness: query.timeliness || null,
        mine: query.mine === '1',
        q: query.q ?? '',
      },
      user.unitId,
    );
    const lines = cards
      .filter(matches)
      .filter((card) => !query.unitId || card.leadUnitId === query.unitId)
      .filter((card) => !query.column || card.column === query.column)
      .filter((card) => !query.sectionKey || card.sectionKey === query.sectionKey)
      .map((card) => {
        const standing = standingOf.get(card.id);
        const lead =
          card.leadUnitId === null ? undefined : (unitName.get(card.leadUnitId) ?? card.leadUnitCode);
        return {
          ref: card.ref,
          content: card.title,
          lead: lead ?? rows.get(card.id)?.leadText ?? '',
          deadlineText: card.deadlineText,
          due: card.due,
          column: COLUMN_LABELS_VI[card.column],
          // A fan-out parent is counted through its children: it has no category of its own.
          category: !standing
            ? ''
            : standing.bucket === 'cancelled'
              ? 'Đã hủy'
              : REPORT_CATEGORY_LABELS_VI[standing.bucket],
          doneOn: standing?.doneOn ?? null,
          daysLate: standing?.daysLate ?? null,
        };
      });
    return {
      buffer: await buildBoardWorkbook(lines, BOARD_SHEET_COLUMNS, {
        sheetName: 'Bảng công việc',
        titleLines: [
          `${plan.symbol} — ${plan.title}`,
          `${instant === null ? 'Ngày' : 'Tại ngày'} ${figures.today.split('-').reverse().join('/')}`,
        ],
      }),
      filename: `Bảng ${plan.symbol.replace(/\//g, '-')} ngày ${figures.today}.xlsx`,
    };
  }

  private async taskRows(standings: readonly TaskStanding[]): Promise<Map<string, TaskEntity>> {
    const ids = standings.map((standing) => standing.taskId);
    const rows: TaskEntity[] = [];
    // In slices: a database caps the parameters of one statement.
    for (let from = 0; from < ids.length; from += 500)
      rows.push(
        ...(await this.dataSource.manager.find(TaskEntity, {
          where: { id: In(ids.slice(from, from + 500)) },
        })),
      );
    return new Map(rows.map((row) => [row.id, row]));
  }

  private async appendixOf(
    plan: PlanEntity,
    figures: ReportFigures,
    results: ReadonlyMap<string, string>,
  ): Promise<PlanAppendixModel> {
    const rows = await this.taskRows(figures.standings);
    const sections = await this.dataSource.manager.find(PlanSectionEntity, {
      where: { planId: plan.id },
      order: { position: 'ASC' },
    });
    const tasksOf = new Map<string | null, AppendixTask[]>();
    const ordered = [...figures.standings].sort(
      (a, b) => (rows.get(a.taskId)?.position ?? 0) - (rows.get(b.taskId)?.position ?? 0),
    );
    for (const standing of ordered) {
      const task = rows.get(standing.taskId);
      if (!task) continue;
      const list = tasksOf.get(standing.sectionKey) ?? [];
      list.push({
        number: task.ref,
        content: task.content,
        lead: task.leadText,
        cooperators: task.cooperatorText,
        deliverable: task.deliverable,
        deadlineText: task.deadlineText,
        due: standing.due,
        result: results.get(task.id) ?? '',
        status: standing.bucket,
        completedOn: standing.doneOn,
        daysLate: standing.daysLate,
      });
      tasksOf.set(standing.sectionKey, list);
    }
    const known = new Set(sections.map((section) => section.key));
    const appendixSections: AppendixSection[] = sections
      .filter((section) => tasksOf.has(section.key))
      .map((section) => ({
        title: section.title.startsWith(`${section.key}.`)
          ? section.title
          : `${section.key}. ${section.title}`,
        tasks: tasksOf.get(section.key) ?? [],
      }));
    const unsectioned = [...tasksOf]
      .filter(([key]) => key === null || !known.has(key))
      .flatMap(([, tasks]) => tasks);
    if (unsectioned.length > 0) appendixSections.push({ title: 'Nhiệm vụ khác', tasks: unsectioned });
    return {
      planReference: plan.symbol,
      planTitle: plan.title,
      asOf: figures.today,
      sections: appendixSections,
    };
  }
}
