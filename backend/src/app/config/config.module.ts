import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { Env } from './env';
import { ENV } from './env.token';

@Global()
@Module({})
export class ConfigModule {
  static forRoot(env: Env): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: ENV, useValue: env }], exports: [ENV] };
  }
}
