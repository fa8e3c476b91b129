import type { AskedPartDto, FiguresDto, RoundDto, RoundSummaryDto } from '@dondoc/contracts';
import { DOCX_MIME_TYPE, XLSX_MIME_TYPE } from '@dondoc/documents';
import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { attachment } from '../http/content-disposition';
import { binaryContent } from '../http/openapi-document';
import { type BoardExportQuery, type ExportedFile, ExportsService } from './exports.service';
import { FiguresService } from './figures.service';
import { OpenRoundDto, RoundCommandDto } from './reports.dto';
import { AskedPartResponse, FiguresResponse, RoundResponse, RoundSummaryResponse } from './reports.responses';
import { RoundsService } from './rounds.service';

const AS_OF_QUERIES = [
  { name: 'at', description: 'A Vietnam day (YYYY-MM-DD: its end) or an ISO 8601 instant; now when absent' },
  { name: 'period', description: "A report period's key ('2026-Q1'): its cut-off" },
  { name: 'basis', description: "'nd09' (default) or 'calendar' periods" },
];

function AsOfQueries(): MethodDecorator {
  return (target, key, descriptor) => {
    for (const query of AS_OF_QUERIES)
      ApiQuery({ ...query, required: false, type: String })(target, key, descriptor);
  };
}

const BOARD_EXPORT_PARAMS = [
  'at',
  'period',
  'basis',
  'asOf',
  'unit',
  'section',
  'type',
  'timeliness',
  'mine',
  'q',
  'unitId',
  'column',
  'sectionKey',
] as const satisfies readonly (keyof BoardExportQuery)[];

function send(response: Response, file: ExportedFile, mediaType: string): StreamableFile {
  response.setHeader('Content-Disposition', attachment(file.filename));
  response.setHeader('Content-Type', mediaType);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', 'private, no-cache');
  return new StreamableFile(file.buffer);
}

@ApiTags('reports')
@ApiBearerAuth()
@ApiResponse({ status: 404, description: 'No such plan or round in the caller’s ward' })
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly figures: FiguresService,
    private readonly rounds: RoundsService,
    private readonly exports: ExportsService,
  ) {}

  @Get('figures')
  @ApiOperation({
    summary: 'The ward’s figures (four categories per plan, unit, section, type) as of an instant',
  })
  @ApiOkResponse({ type: FiguresResponse })
  @AsOfQueries()
  wardFigures(
    @CurrentUser() user: AuthUser,
    @Query('at') at?: string,
    @Query('period') period?: string,
    @Query('basis') basis?: string,
  ): Promise<FiguresDto> {
    return this.figures.ofWard(user, { at, period, basis });
  }

  @Get('plans/:planId/figures')
  @ApiOperation({
    summary: 'A plan’s figures and each task’s standing as of an instant, folded from the event log',
  })
  @ApiOkResponse({ type: FiguresResponse })
  @AsOfQueries()
  planFigures(
    @Param('planId', new ParseUUIDPipe()) planId: string,
    @CurrentUser() user: AuthUser,
    @Query('at') at?: string,
    @Query('period') period?: string,
    @Query('basis') basis?: string,
  ): Promise<FiguresDto> {
    return this.figures.ofPlan(user, planId, { at, period, basis });
  }

  @Post('rounds')
  @ApiOperation({
    summary: 'Open a report round for a plan and a period (Văn phòng): every lead unit is asked',
  })
  @ApiCreatedResponse({ type: RoundResponse, description: 'Opened' })
  @ApiResponse({ status: 403, description: 'The caller is not of the plan’s office, nor an admin' })
  open(@Body() body: OpenRoundDto, @CurrentUser() user: AuthUser): Promise<RoundDto> {
    return this.rounds.open(user, body);
  }

  @Get('rounds')
  @ApiOperation({ summary: 'The ward’s report rounds, newest first' })
  @ApiOkResponse({ type: [RoundSummaryResponse] })
  @ApiQuery({ name: 'planId', required: false, type: String })
  list(@CurrentUser() user: AuthUser, @Query('planId') planId?: string): Promise<RoundSummaryDto[]> {
    return this.rounds.list(user, planId);
  }

  @Get('parts/mine')
  @ApiOperation({ summary: 'The parts the caller’s unit is asked to write in rounds still collecting' })
  @ApiOkResponse({ type: [AskedPartResponse] })
  mine(@CurrentUser() user: AuthUser): Promise<AskedPartDto[]> {
    return this.rounds.askedOfMyUnit(user);
  }

  @Get('rounds/:roundId')
  @ApiOperation({ summary: 'A round: its parts, the round’s own figures, the compiled text and its history' })
  @ApiOkResponse({ type: RoundResponse })
  round(
    @Param('roundId', new ParseUUIDPipe()) roundId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<RoundDto> {
    return this.rounds.get(user, roundId);
  }

  @Post('rounds/:roundId/commands')
  @ApiOperation({
    summary:
      'One step of a round: save or submit a part (its unit), accept or return it, compile, edit, close (Văn phòng)',
  })
  @ApiCreatedResponse({ type: RoundResponse, description: 'Taken; the round as it now stands' })
  @ApiResponse({ status: 403, description: 'The caller may not take this step' })
  @ApiResponse({ status: 409, description: 'The round changed since expectedVersion' })
  @ApiResponse({ status: 422, description: 'The round or part is not in a state that takes this step' })
  command(
    @Param('roundId', new ParseUUIDPipe()) roundId: string,
    @Body() body: RoundCommandDto,
    @CurrentUser() user: AuthUser,
  ): Promise<RoundDto> {
    return this.rounds.command(user, roundId, body);
  }

  @Get('rounds/:roundId/report.docx')
  @ApiOperation({
    summary: 'The round’s report in the format of Nghị định 30/2020/NĐ-CP (.docx), once compiled',
  })
  @ApiProduces(DOCX_MIME_TYPE)
  @ApiOkResponse({ description: 'The .docx, as an attachment', content: binaryContent([DOCX_MIME_TYPE]) })
  async roundDocx(
    @Param('roundId', new ParseUUIDPipe()) roundId: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return send(response, await this.exports.roundReport(user, roundId), DOCX_MIME_TYPE);
  }

  @Get('plans/:planId/appendix.xlsx')
  @ApiOperation({
    summary: 'The plan’s appendix with each task’s standing (.xlsx); results from a round when named',
  })
  @ApiProduces(XLSX_MIME_TYPE)
  @ApiOkResponse({ description: 'The .xlsx, as an attachment', content: binaryContent([XLSX_MIME_TYPE]) })
  @AsOfQueries()
  @ApiQuery({ name: 'roundId', required: false, type: String })
  @ApiQuery({ name: 'sheetsBy', required: false, enum: ['plan', 'section', 'unit'] })
  async planXlsx(
    @Param('planId', new ParseUUIDPipe()) planId: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) response: Response,
    @Query('at') at?: string,
    @Query('period') period?: string,
    @Query('basis') basis?: string,
    @Query('roundId') roundId?: string,
    @Query('sheetsBy') sheetsBy?: string,
  ): Promise<StreamableFile> {
    const file = await this.exports.planAppendix(user, planId, { at, period, basis, roundId, sheetsBy });
    return send(response, file, XLSX_MIME_TYPE);
  }

  @Get('plans/:planId/board.xlsx')
  @ApiOperation({
    summary:
      'A board view of the plan (.xlsx) with the board’s filters: live, or as of a day (asOf) or an instant',
  })
  @ApiProduces(XLSX_MIME_TYPE)
  @ApiOkResponse({ description: 'The .xlsx, as an attachment', content: binaryContent([XLSX_MIME_TYPE]) })
  @AsOfQueries()
  @ApiQuery({ name: 'asOf', required: false, type: String, description: 'A Vietnam day: the board then' })
  @ApiQuery({ name: 'unit', required: false, type: String, description: 'Lead unit code, as the board' })
  @ApiQuery({ name: 'section', required: false, type: String })
  @ApiQuery({ name: 'type', required: false, type: String })
  @ApiQuery({ name: 'timeliness', required: false, type: String })
  @ApiQuery({ name: 'mine', required: false, enum: ['1'], description: 'Only the caller’s unit’s tasks' })
  @ApiQuery({ name: 'q', required: false, type: String, description: 'Words, matched without diacritics' })
  @ApiQuery({ name: 'unitId', required: false, type: String })
  @ApiQuery({ name: 'column', required: false, type: String })
  @ApiQuery({ name: 'sectionKey', required: false, type: String })
  async boardXlsx(
    @Param('planId', new ParseUUIDPipe()) planId: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) response: Response,
    @Query() query: Record<string, unknown>,
  ): Promise<StreamableFile> {
    // A parameter given twice arrives as a list: only single values are read.
    const one = (name: string) => (typeof query[name] === 'string' ? query[name] : undefined);
    const view = Object.fromEntries(BOARD_EXPORT_PARAMS.map((name) => [name, one(name)])) as BoardExportQuery;
    return send(response, await this.exports.boardView(user, planId, view), XLSX_MIME_TYPE);
  }
}
