import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AUDIT_ENTITIES } from './audit.entities';

/** The hash chain of each ward's event log (appendToChain and its verification are functions). */
@Module({ imports: [TypeOrmModule.forFeature(AUDIT_ENTITIES)] })
export class AuditModule {}
