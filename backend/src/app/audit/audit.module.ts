import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AUDIT_ENTITIES } from './audit.entities';
import { ChainCheckpointJob } from './chain-checkpoint.job';

/** The hash chain of each ward's event log and its keyed checkpoints (appendToChain and verification are functions). */
@Module({ imports: [TypeOrmModule.forFeature(AUDIT_ENTITIES)], providers: [ChainCheckpointJob] })
export class AuditModule {}
