import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { databaseOptions, type SchemaParts } from './data-source-options';
import { UnitOfWork } from './unit-of-work';

/**
 * The app's one data source. Entities come from the contexts' own TypeOrmModule.forFeature
 * (autoLoadEntities); the migrations, which span every context, from the app that composes them.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(migrations: SchemaParts['migrations']): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [ENV],
          useFactory: (env: Env) => ({
            ...databaseOptions(env, { entities: [], migrations }),
            autoLoadEntities: true,
            migrationsRun: true,
          }),
        }),
      ],
      providers: [UnitOfWork],
      exports: [UnitOfWork],
    };
  }
}
