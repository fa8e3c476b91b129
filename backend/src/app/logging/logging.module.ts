import { Module, RequestMethod, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { pinoLevelOf, type LogLevelSetting } from '../config/log-level';
import { requestLogOptions } from './request-log';

export interface LoggingOptions {
  level: LogLevelSetting;
  /** Where the JSON lines go; standard output when absent (tests pass a stream to read them). */
  destination?: DestinationStream;
}

/** Structured JSON logs: request lines from pino-http and the application's own logs through nestjs-pino. */
@Module({})
export class LoggingModule {
  static forRoot({ level, destination }: LoggingOptions): DynamicModule {
    const options = requestLogOptions(pinoLevelOf(level));
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: destination ? [options, destination] : options,
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        }),
      ],
      exports: [LoggerModule],
    };
  }
}
