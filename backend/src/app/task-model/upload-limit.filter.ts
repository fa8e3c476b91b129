import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  Inject,
  PayloadTooLargeException,
} from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from '../common/app-error';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';

/** "File too large" from multer, told in the app's words and with the limit that applies. */
@Catch(PayloadTooLargeException)
export class UploadLimitFilter implements ExceptionFilter {
  constructor(@Inject(ENV) private readonly env: Env) {}

  catch(_exception: PayloadTooLargeException, host: ArgumentsHost): void {
    const error = new AppError(
      'PAYLOAD_TOO_LARGE',
      `Tệp vượt quá dung lượng cho phép (tối đa ${sizeText(this.env.DELIVERABLE_MAX_BYTES)}); tệp không được lưu`,
    );
    host.switchToHttp().getResponse<Response>().status(error.statusCode).json(error.toBody());
  }
}

/** A size as people read it in Vietnamese: "20 MB", "1,5 MB", "512 KB". */
export function sizeText(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb < 1) return `${Math.round(bytes / 1024)} KB`;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1).replace('.', ',')} MB`;
}
