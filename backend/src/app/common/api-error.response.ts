import { type ApiErrorBody, ERROR_CODES, type ErrorCode, type FieldProblemDto } from '@dondoc/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One refused field of a request, as the OpenAPI document describes it. */
export class FieldProblemResponse implements FieldProblemDto {
  @ApiProperty({ description: "The payload key, or 'comment', 'event', 'payload'", example: 'text' })
  field!: string;

  @ApiProperty({ description: 'UNKNOWN_FIELD, SERVER_OWNED_FIELD, WRONG_TYPE, TOO_LONG, OUT_OF_RANGE, …' })
  code!: string;

  @ApiPropertyOptional({ description: 'The limit, when the value was too long or out of range' })
  limit?: number;

  @ApiProperty({ description: 'In Vietnamese; a client in another language says the code instead' })
  message!: string;
}

/** The one error shape of the API (ApiErrorFilter answers every refusal and failure with it). */
export class ApiErrorResponse implements ApiErrorBody {
  @ApiProperty({ example: 403 })
  statusCode!: number;

  @ApiProperty({
    enum: ERROR_CODES,
    description: 'Stable: clients translate the code into the user’s language',
  })
  code!: ErrorCode;

  @ApiProperty({ description: 'In Vietnamese, for a Vietnamese reader and for logs' })
  message!: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'On 409: the task (or round) as it is now, so the client shows the winner’s state',
  })
  current?: unknown;

  @ApiPropertyOptional({ type: [String], description: 'What exactly was refused, e.g. each invalid field' })
  details?: string[];

  @ApiPropertyOptional({
    description:
      "Which rule refused when the code alone does not say it: 'FOUR_EYES_SUBMITTER', 'FOUR_EYES_REVIEWER'",
  })
  rule?: string;

  @ApiPropertyOptional({
    type: [FieldProblemResponse],
    description: 'On 400 for an event’s payload: every field refused',
  })
  fields?: FieldProblemResponse[];
}
