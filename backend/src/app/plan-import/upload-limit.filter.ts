import { DEFAULT_MAX_PLAN_FILE_BYTES, planReadMessage } from '@dondoc/plan-readers';
import { type ArgumentsHost, Catch, type ExceptionFilter, PayloadTooLargeException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError } from '../common/app-error';

/**
 * Beyond this much more, the rest of an oversize upload is not read: the connection is cut. Up to
 * it, the body is read to its end before answering, or the sender, still sending, would see the
 * connection reset instead of the message (a 50 MB plan with its scans is an honest mistake).
 */
const MAX_DRAINED_BYTES = 4 * DEFAULT_MAX_PLAN_FILE_BYTES;

/** Multer's "file too large", in the same words and shape as the readers' own size refusal. */
@Catch(PayloadTooLargeException)
export class PlanUploadLimitFilter implements ExceptionFilter {
  catch(_exception: PayloadTooLargeException, host: ArgumentsHost): void {
    const limit = `tối đa ${DEFAULT_MAX_PLAN_FILE_BYTES / 1024 / 1024} MB`;
    const error = new AppError('PAYLOAD_TOO_LARGE', `${planReadMessage('too_large')} (${limit})`, {
      details: ['too_large', limit],
    });
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const answer = () => response.status(error.statusCode).set('connection', 'close').json(error.toBody());
    if (request.complete) {
      answer();
      return;
    }
    let drained = 0;
    request.on('data', (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > MAX_DRAINED_BYTES) request.destroy();
    });
    request.once('end', answer);
    request.resume();
  }
}
