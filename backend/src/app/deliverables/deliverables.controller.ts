import {
  DELIVERABLE_MEDIA_TYPES,
  DELIVERABLE_UPLOAD_FIELD,
  type DeliverableFileDto,
  type TaskDeliverablesDto,
} from '@dondoc/contracts';
import {
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
import { UploadLimitFilter } from '../task-model/upload-limit.filter';
import { DeliverableFileResponse, TaskDeliverablesResponse } from './deliverables.responses';
import { DeliverablesService, type UploadedContent } from './deliverables.service';

@ApiTags('deliverables')
@ApiBearerAuth()
@ApiResponse({ status: 404, description: 'No such task or file in the caller’s ward' })
@Controller()
export class DeliverablesController {
  constructor(private readonly deliverables: DeliverablesService) {}

  @Get('tasks/:taskId/deliverables')
  @ApiOperation({ summary: 'The task’s draft files and submitted versions, with what each version changed' })
  @ApiOkResponse({ type: TaskDeliverablesResponse })
  list(
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<TaskDeliverablesDto> {
    return this.deliverables.list(taskId, user);
  }

  @Post('tasks/:taskId/deliverables')
  @UseInterceptors(FileInterceptor(DELIVERABLE_UPLOAD_FIELD))
  @UseFilters(UploadLimitFilter)
  @ApiOperation({
    summary: 'Add a file to the draft of the task’s deliverable (lead unit, before submission)',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: [DELIVERABLE_UPLOAD_FIELD],
      properties: { [DELIVERABLE_UPLOAD_FIELD]: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({ type: DeliverableFileResponse, description: 'Stored; the file as listed' })
  @ApiResponse({ status: 403, description: 'The caller’s unit does not lead the task' })
  @ApiResponse({ status: 413, description: 'Over DELIVERABLE_MAX_BYTES; nothing stored' })
  @ApiResponse({
    status: 415,
    description: 'The content is not PDF, DOCX, XLSX, ODT, ODS, PNG, JPEG or WebP',
  })
  @ApiResponse({ status: 422, description: 'The task is handed in, or its type takes no files' })
  upload(
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @UploadedFile() file: UploadedContent | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<DeliverableFileDto> {
    return this.deliverables.upload(taskId, user, file);
  }

  @Delete('tasks/:taskId/deliverables/:fileId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a file from the draft (lead unit, before submission)' })
  @ApiNoContentResponse({ description: 'Removed from the draft' })
  @ApiResponse({ status: 403, description: 'The caller’s unit does not lead the task' })
  @ApiResponse({ status: 422, description: 'The task is handed in' })
  remove(
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Param('fileId', new ParseUUIDPipe()) fileId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    return this.deliverables.removeDraftFile(taskId, fileId, user);
  }

  @Get('deliverables/:fileId/content')
  @ApiOperation({ summary: 'Download a deliverable file (anyone who may read its task)' })
  @ApiOkResponse({
    description: 'The file’s bytes, as an attachment, in its media type',
    content: binaryContent(Object.keys(DELIVERABLE_MEDIA_TYPES)),
  })
  async content(
    @Param('fileId', new ParseUUIDPipe()) fileId: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { file, content } = await this.deliverables.download(fileId, user);
    return fileDownload(response, file, attachment(file.name), content);
  }
}
