import {
  DELIVERABLE_MEDIA_TYPES,
  type DeliverableChangesDto,
  type DeliverableFileDto,
  type DeliverableFileRefDto,
  type DeliverableMediaType,
  type DeliverableVersionDto,
  type TaskDeliverablesDto,
} from '@dondoc/contracts';
import { ApiProperty } from '@nestjs/swagger';

export class DeliverablePersonResponse {
  @ApiProperty({ type: String, nullable: true }) id!: string | null;
  @ApiProperty() name!: string;
}

export class DeliverableFileResponse implements DeliverableFileDto {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'The sanitised name shown and offered on download' }) name!: string;
  @ApiProperty({ description: 'Bytes' }) size!: number;
  @ApiProperty({ enum: Object.keys(DELIVERABLE_MEDIA_TYPES) }) mediaType!: DeliverableMediaType;
  @ApiProperty({ description: 'SHA-256 of the content, hex' }) sha256!: string;
  @ApiProperty() uploadedAt!: string;
  @ApiProperty({ type: DeliverablePersonResponse }) uploadedBy!: DeliverablePersonResponse;
}

export class DeliverableFileRefResponse implements DeliverableFileRefDto {
  @ApiProperty() fileId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() sha256!: string;
}

export class DeliverableChangesResponse implements DeliverableChangesDto {
  @ApiProperty({ type: [DeliverableFileRefResponse] }) added!: DeliverableFileRefResponse[];
  @ApiProperty({ type: [DeliverableFileRefResponse] }) removed!: DeliverableFileRefResponse[];
  @ApiProperty({ type: [DeliverableFileRefResponse] }) unchanged!: DeliverableFileRefResponse[];
}

export class DeliverableVersionResponse implements DeliverableVersionDto {
  @ApiProperty({ description: '1 for the first submission, 2 after a return and resubmission…' })
  number!: number;
  @ApiProperty({ description: 'The task version the submission produced' }) taskVersion!: number;
  @ApiProperty() submittedAt!: string;
  @ApiProperty({ type: DeliverablePersonResponse }) submittedBy!: DeliverablePersonResponse;
  @ApiProperty({ type: [DeliverableFileResponse] }) files!: DeliverableFileResponse[];
  @ApiProperty({
    type: DeliverableChangesResponse,
    nullable: true,
    description: 'Null for the first version',
  })
  changes!: DeliverableChangesResponse | null;
}

export class DeliverableLimitsResponse {
  @ApiProperty() maxBytes!: number;
  @ApiProperty({
    description: 'A submission needs at least one file (else a written reference may stand in)',
  })
  filesRequired!: boolean;
}

export class TaskDeliverablesResponse implements TaskDeliverablesDto {
  @ApiProperty() taskId!: string;
  @ApiProperty({ description: 'Whether the task takes files at all' }) takesFiles!: boolean;
  @ApiProperty({ description: 'Whether the caller may add and remove draft files now' }) canEdit!: boolean;
  @ApiProperty({ type: [DeliverableFileResponse], description: 'The files of the next submission' })
  draft!: DeliverableFileResponse[];
  @ApiProperty({ type: [DeliverableVersionResponse], description: 'Oldest first' })
  versions!: DeliverableVersionResponse[];
  @ApiProperty({ type: DeliverableLimitsResponse }) limits!: DeliverableLimitsResponse;
}
