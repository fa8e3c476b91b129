import type { z } from 'zod';
import { AppError } from '../common/app-error';

/** A JSON body checked against its schema; every refused field named in the 400's details. */
export function validBody<Schema extends z.ZodType>(schema: Schema, body: unknown): z.output<Schema> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new AppError('VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ', {
    details: result.error.issues
      .slice(0, 20)
      .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`),
  });
}
