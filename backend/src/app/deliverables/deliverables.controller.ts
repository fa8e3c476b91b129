import {
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
  StreamableFile,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { attachmentDisposition } from './content-disposition';
import { DeliverablesService, type UploadedContent } from './deliverables.service';
import { UploadLimitFilter } from './upload-limit.filter';

@ApiTags('deliverables')
@ApiBearerAuth()
@Controller()
export class DeliverablesController {
  constructor(private readonly deliverables: DeliverablesService) {}

  @Get('tasks/:taskId/deliverables')
  @ApiOperation({ summary: 'The task’s draft files and submitted versions, with what each version changed' })
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
  @ApiResponse({ status: 201, description: 'Stored; the file as listed' })
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
  remove(
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Param('fileId', new ParseUUIDPipe()) fileId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    return this.deliverables.removeDraftFile(taskId, fileId, user);
  }

  @Get('deliverables/:fileId/content')
  @ApiOperation({ summary: 'Download a deliverable file (anyone who may read its task)' })
  async content(
    @Param('fileId', new ParseUUIDPipe()) fileId: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { file, content } = await this.deliverables.download(fileId, user);
    response.setHeader('Content-Disposition', attachmentDisposition(file.name));
    response.setHeader('Content-Type', file.mediaType);
    response.setHeader('Content-Length', String(file.size));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'private, no-cache');
    return new StreamableFile(content);
  }
}
