import { type DynamicModule, type INestApplication, Module, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger as JsonLogger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AppModule, type AppOptions } from './app.module';
import { GracefulShutdown, InFlightRequests, SHUTDOWN_GRACE_MS } from './http/graceful-shutdown';
import { applyHttpHardening } from './http/http-hardening';
import { buildOpenApiDocument } from './http/openapi-document';
import { useRequestBodies } from './http/request-bodies';
import { responseCompression } from './http/response-compression';
import { LoggingModule } from './logging/logging.module';
import { useSocketAdapter } from './socket-hub/redis-streams.adapter';

export interface CreateAppOptions extends AppOptions {
  /** `false`: no logs at all (the integration tests). */
  logger?: false;
  /** Where the JSON log lines go instead of standard output. */
  logDestination?: DestinationStream;
}

@Module({})
class ServerModule {}

/** The application with what only a serving process needs: JSON logs and a graceful shutdown. */
function serverModule(options: CreateAppOptions): DynamicModule {
  return {
    module: ServerModule,
    imports: [
      AppModule.forRoot(options),
      LoggingModule.forRoot({
        level: options.logger === false ? 'silent' : options.env.LOG_LEVEL,
        destination: options.logDestination,
      }),
    ],
    providers: [
      InFlightRequests,
      GracefulShutdown,
      { provide: SHUTDOWN_GRACE_MS, useValue: options.env.SHUTDOWN_GRACE_MS },
    ],
  };
}

/** Builds the whole HTTP + Socket.IO application; used by main.ts and by the integration tests. */
export async function createApp(options: CreateAppOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(serverModule(options), {
    logger: options.logger === false ? false : undefined,
    // Start-up lines wait for the JSON logger instead of going out as plain text.
    bufferLogs: options.logger !== false,
    bodyParser: false,
    // Fail with an error the caller can report (a wrong REDIS_URL, a database that does not answer).
    abortOnError: false,
  });
  if (options.logger !== false) app.useLogger(app.get(JsonLogger));
  // First of all middleware: a request counts as in flight from the moment its headers arrive.
  app.use(app.get(InFlightRequests).use);
  applyHttpHardening(app, options.env);
  app.use(responseCompression());
  useSocketAdapter(app, options.env);
  useRequestBodies(app);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
    }),
  );
  // Exit 0 once closed (Nest would otherwise re-raise the signal and the process would die by it).
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
