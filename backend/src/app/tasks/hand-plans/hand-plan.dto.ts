import type {
  CreatedPlanDto,
  CreatePlanRequest,
  CreateTaskRequest,
  EditTaskRequest,
  PlanSectionInput,
} from '@dondoc/contracts';
import { TASK_TYPES, type TaskType } from '@dondoc/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class PlanSectionBody implements PlanSectionInput {
  @ApiProperty({ example: 'I', description: 'The section’s number as the plan prints it' })
  @IsString()
  @MinLength(1)
  @MaxLength(16)
  key: string;

  @ApiProperty({ example: 'Chỉ đạo, điều hành' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title: string;
}

export class CreatePlanBody implements CreatePlanRequest {
  @ApiProperty({ example: '158/KH-UBND', description: 'Number and symbol as printed' })
  @IsString()
  @MinLength(1, { message: 'symbol: cần số và ký hiệu kế hoạch' })
  @MaxLength(64)
  symbol: string;

  @ApiProperty({ example: '2026-03-15', description: 'Issue date (ISO)' })
  @Matches(ISO_DATE, { message: 'issuedOn: ngày ban hành dạng yyyy-mm-dd' })
  issuedOn: string;

  @ApiProperty({ example: 'UBND phường Hồng Lĩnh' })
  @IsString()
  @MinLength(1, { message: 'issuer: cần cơ quan ban hành' })
  @MaxLength(300)
  issuer: string;

  @ApiProperty({ example: 'Kế hoạch chuyển đổi số năm 2026' })
  @IsString()
  @MinLength(1, { message: 'title: cần trích yếu kế hoạch' })
  @MaxLength(500)
  title: string;

  @ApiPropertyOptional({ type: [String], example: ['Nghị quyết số 57-NQ/TW'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  legalBasis?: string[];

  @ApiPropertyOptional({ example: 2026, description: 'Defaults to the year of the issue date' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Defaults to the ward’s setting' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  reviewerUnitId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Defaults to the ward’s setting' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  approverUnitId?: string | null;

  @ApiPropertyOptional({ type: [PlanSectionBody] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PlanSectionBody)
  sections?: PlanSectionBody[];
}

export class CreateTaskBody implements CreateTaskRequest {
  @ApiProperty({ example: 'Xây dựng kế hoạch chuyển đổi số năm 2026' })
  @IsString()
  @MinLength(1, { message: 'content: cần nội dung nhiệm vụ' })
  @MaxLength(4000)
  content: string;

  @ApiProperty({
    type: String,
    example: 'I',
    nullable: true,
    description: 'One of the plan’s sections, or none',
  })
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(16)
  sectionKey: string | null;

  @ApiProperty({ format: 'uuid', description: 'The one lead unit' })
  @IsUUID()
  leadUnitId: string;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  cooperatorUnitIds: string[];

  @ApiProperty({ example: 'Kế hoạch' })
  @IsString()
  @MaxLength(1000)
  deliverable: string;

  @ApiProperty({ example: 'Trước ngày 15/04/2026' })
  @IsString()
  @MinLength(1, { message: 'deadlineText: cần thời hạn' })
  @MaxLength(500)
  deadlineText: string;

  @ApiPropertyOptional({ enum: TASK_TYPES, description: 'Inferred when left out' })
  @IsOptional()
  @IsIn(TASK_TYPES)
  type?: TaskType;
}

export class EditTaskBody implements EditTaskRequest {
  @ApiProperty({ example: 2, description: 'The version the caller saw' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @ApiPropertyOptional({ example: 'Xây dựng kế hoạch chuyển đổi số năm 2026' })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'content: cần nội dung nhiệm vụ' })
  @MaxLength(4000)
  content?: string;

  @ApiPropertyOptional({ type: String, example: 'I', nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(16)
  sectionKey?: string | null;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  leadUnitId?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  cooperatorUnitIds?: string[];

  @ApiPropertyOptional({ example: 'Kế hoạch' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  deliverable?: string;

  @ApiPropertyOptional({ example: 'Trước ngày 30/04/2026' })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'deadlineText: cần thời hạn' })
  @MaxLength(500)
  deadlineText?: string;

  @ApiPropertyOptional({ enum: TASK_TYPES, description: 'Only while nothing has happened to the task' })
  @IsOptional()
  @IsIn(TASK_TYPES)
  type?: TaskType;
}

export class CreatedPlanResponse implements CreatedPlanDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) wardId: string;
  @ApiProperty({ example: '158/KH-UBND' }) symbol: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: '2026-03-15', nullable: true, type: String }) issuedOn: string | null;
  @ApiProperty() issuer: string;
  @ApiProperty({ type: [String] }) legalBasis: string[];
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) reviewerUnitId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) approverUnitId: string | null;
  @ApiProperty({ type: [PlanSectionBody] }) sections: PlanSectionBody[];
}
