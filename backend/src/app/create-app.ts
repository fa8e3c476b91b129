import { type INestApplication, type LogLevel, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule, type AppOptions } from './app.module';
import { applyHttpHardening } from './http/http-hardening';
import { useSocketAdapter } from './realtime/redis-streams.adapter';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/** Builds the whole HTTP + Socket.IO application; used by main.ts and by the integration tests. */
export async function createApp(options: AppOptions & { logger?: false }): Promise<INestApplication> {
  const levels = LEVELS.slice(0, LEVELS.indexOf(options.env.LOG_LEVEL) + 1);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    logger: options.logger === false ? false : levels,
    bodyParser: false,
    // Fail with an error the caller can report (a wrong REDIS_URL, a database that does not answer).
    abortOnError: false,
  });
  applyHttpHardening(app, options.env);
  useSocketAdapter(app, options.env);
  app.useBodyParser('json', { limit: '256kb' });
  // Plan texts are pasted whole; the importer itself refuses anything over MAX_PLAN_TEXT_BYTES.
  app.useBodyParser('text', { limit: '3mb', type: 'text/plain' });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
    }),
  );
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Đôn Đốc API')
      .setDescription('Workflow and approval engine with live boards for the task plans of Vietnamese wards')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
