import {
  DELIVERABLE_MEDIA_TYPES,
  DELIVERABLE_UPLOAD_FIELD,
  RESULT_FILE_TASK_FIELD,
  type ResultFileDto,
} from '@dondoc/contracts';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  type StreamableFile,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { attachment } from '../http/content-disposition';
import { fileDownload } from '../http/file-download';
import { binaryContent } from '../http/openapi-document';
import type { UploadedBytes } from '../task-model/file-blobs';
import { UploadLimitFilter } from '../task-model/upload-limit.filter';
import { ResultFileResponse } from './reports.responses';
import { ResultFilesService } from './result-files.service';

/** The files of a unit's results in a round: attached per task line, listed in the round's parts. */
@ApiTags('reports')
@ApiBearerAuth()
@ApiResponse({ status: 404, description: 'No such round, part, task line or file in the caller’s ward' })
@Controller('reports/rounds/:roundId')
export class ResultFilesController {
  constructor(private readonly files: ResultFilesService) {}

  @Post('parts/:unitId/files')
  @UseInterceptors(FileInterceptor(DELIVERABLE_UPLOAD_FIELD))
  @UseFilters(UploadLimitFilter)
  @ApiOperation({
    summary:
      'Attach a file to the unit’s result of one of its tasks (the unit’s staff or head, while the part is asked, in draft or returned)',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: [DELIVERABLE_UPLOAD_FIELD, RESULT_FILE_TASK_FIELD],
      properties: {
        [DELIVERABLE_UPLOAD_FIELD]: { type: 'string', format: 'binary' },
        [RESULT_FILE_TASK_FIELD]: { type: 'string', format: 'uuid', description: 'A task of the part' },
      },
    },
  })
  @ApiCreatedResponse({ type: ResultFileResponse, description: 'Stored; the file as the part lists it' })
  @ApiResponse({
    status: 400,
    description: 'No file, an empty one, no task, or 20 files on the task already',
  })
  @ApiResponse({ status: 403, description: 'The caller is not of the part’s unit' })
  @ApiResponse({ status: 413, description: 'Over DELIVERABLE_MAX_BYTES; nothing stored' })
  @ApiResponse({
    status: 415,
    description: 'The content is not PDF, DOCX, XLSX, ODT, ODS, PNG, JPEG or WebP, or carries macros',
  })
  @ApiResponse({
    status: 422,
    description: 'The part is handed in or accepted, or the round no longer collects',
  })
  upload(
    @Param('roundId', new ParseUUIDPipe()) roundId: string,
    @Param('unitId', new ParseUUIDPipe()) unitId: string,
    @UploadedFile() file: UploadedBytes | undefined,
    @Body() body: Record<string, unknown> | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<ResultFileDto> {
    return this.files.upload(user, roundId, unitId, body?.[RESULT_FILE_TASK_FIELD], file);
  }

  @Delete('files/:resultFileId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a result file (the unit’s staff or head, while the part is editable)' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiResponse({ status: 403, description: 'The caller is not of the part’s unit' })
  @ApiResponse({
    status: 422,
    description: 'The part is handed in or accepted, or the round no longer collects',
  })
  remove(
    @Param('roundId', new ParseUUIDPipe()) roundId: string,
    @Param('resultFileId', new ParseUUIDPipe()) fileId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    return this.files.remove(user, roundId, fileId);
  }

  @Get('files/:resultFileId/content')
  @ApiOperation({ summary: 'Download a result file (its unit, Văn phòng, leadership)' })
  @ApiOkResponse({
    description: 'The file’s bytes, as an attachment under its Vietnamese name, in its media type',
    content: binaryContent(Object.keys(DELIVERABLE_MEDIA_TYPES)),
  })
  @ApiResponse({ status: 403, description: 'The caller is of another unit' })
  async content(
    @Param('roundId', new ParseUUIDPipe()) roundId: string,
    @Param('resultFileId', new ParseUUIDPipe()) fileId: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { file, content } = await this.files.download(user, roundId, fileId);
    return fileDownload(response, file, attachment(file.name), content);
  }
}
