import {
  type AdminUserDto,
  type CreatedUserDto,
  type OneTimePasswordDto,
  PEOPLE_SHEET_FIELD,
  type PeopleImportPreviewDto,
  type PeopleImportResultDto,
} from '@dondoc/contracts';
import { Body, Get, HttpCode, Patch, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
} from '@nestjs/swagger';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { UuidParam } from '../../http/uuid-param';
import { AdminController, NotInWard, StandingChange } from '../admin-routes';
import {
  AdminUserResponse,
  CreatedUserResponse,
  OneTimePasswordResponse,
  PeopleImportPreviewResponse,
  PeopleImportResultResponse,
} from './admin-people.responses';
import { AdminPeople } from './admin-people.service';
import { PeopleImport, type UploadedSheet } from './people-import.service';
import { CreatePersonDto, UpdatePersonDto } from './person.dto';

/** A ward's people sheet stays far below this; anything larger is not one. */
const MAX_SHEET_BYTES = 2 * 1024 * 1024;

const SHEET_BODY = {
  schema: {
    type: 'object',
    required: [PEOPLE_SHEET_FIELD],
    properties: { [PEOPLE_SHEET_FIELD]: { type: 'string', format: 'binary' } },
  },
};

const sheetUpload = () =>
  UseInterceptors(FileInterceptor(PEOPLE_SHEET_FIELD, { limits: { fileSize: MAX_SHEET_BYTES, files: 1 } }));

@AdminController('admin/users')
export class AdminPeopleController {
  constructor(
    private readonly people: AdminPeople,
    private readonly sheets: PeopleImport,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The people of the caller’s ward, active or not' })
  @ApiOkResponse({ type: [AdminUserResponse] })
  list(@CurrentUser() user: AuthUser): Promise<AdminUserDto[]> {
    return this.people.list(user);
  }

  @Post()
  @ApiOperation({ summary: 'Create a person; the answer holds their one-time password, shown once' })
  @ApiCreatedResponse({ type: CreatedUserResponse })
  @ApiResponse({
    status: 400,
    description: 'The username is taken, the unit is not the ward’s, or a field is invalid',
  })
  create(@Body() body: CreatePersonDto, @CurrentUser() user: AuthUser): Promise<CreatedUserDto> {
    return this.people.create(user, body);
  }

  @Post('import/preview')
  @HttpCode(200)
  @sheetUpload()
  @ApiConsumes('multipart/form-data')
  @ApiBody(SHEET_BODY)
  @ApiOperation({
    summary: 'Read an .xlsx or .csv of people and show every row with its problems; creates nothing',
  })
  @ApiOkResponse({ type: PeopleImportPreviewResponse })
  @ApiResponse({ status: 400, description: 'Not a readable sheet, or its header lacks a needed column' })
  @ApiResponse({ status: 413, description: 'Over 2 MB' })
  preview(
    @UploadedFile() file: UploadedSheet | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<PeopleImportPreviewDto> {
    return this.sheets.preview(user, file);
  }

  @Post('import')
  @sheetUpload()
  @ApiConsumes('multipart/form-data')
  @ApiBody(SHEET_BODY)
  @ApiOperation({
    summary: 'Create every person of an .xlsx or .csv, or none when any row is broken (the rows are named)',
  })
  @ApiCreatedResponse({ type: PeopleImportResultResponse, description: 'Everyone was created' })
  @ApiResponse({ status: 400, description: 'Rows with problems, named in details; nobody was created' })
  @ApiResponse({ status: 413, description: 'Over 2 MB' })
  import(
    @UploadedFile() file: UploadedSheet | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<PeopleImportResultDto> {
    return this.sheets.import(user, file);
  }

  @Patch(':userId')
  @ApiOperation({ summary: 'Change a person’s name, unit, roles or e-mail' })
  @ApiOkResponse({ type: AdminUserResponse })
  @NotInWard('person')
  update(
    @UuidParam('userId') userId: string,
    @Body() body: UpdatePersonDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AdminUserDto> {
    return this.people.update(user, userId, body);
  }

  @StandingChange(
    ':userId/deactivate',
    'Deactivate a person: sign-in refused, refresh tokens revoked and sockets closed at once',
    AdminUserResponse,
  )
  @NotInWard('person')
  deactivate(@UuidParam('userId') userId: string, @CurrentUser() user: AuthUser): Promise<AdminUserDto> {
    return this.people.deactivate(user, userId);
  }

  @StandingChange(':userId/reactivate', 'Let a deactivated person sign in again', AdminUserResponse)
  @NotInWard('person')
  reactivate(@UuidParam('userId') userId: string, @CurrentUser() user: AuthUser): Promise<AdminUserDto> {
    return this.people.reactivate(user, userId);
  }

  @StandingChange(
    ':userId/password-reset',
    'A new one-time password, shown once; the person must change it at sign-in, and their sessions end',
    OneTimePasswordResponse,
  )
  @NotInWard('person')
  resetPassword(
    @UuidParam('userId') userId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<OneTimePasswordDto> {
    return this.people.resetPassword(user, userId);
  }
}
