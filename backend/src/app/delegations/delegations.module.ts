import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DelegationsController } from './delegations.controller';
import { DELEGATION_ENTITIES } from './delegations.entities';
import { DelegationsService } from './delegations.service';
import { StandIns } from './stand-ins';

/** Stand-ins (ủy quyền): the delegations API, and StandIns for the transition engine. */
@Module({
  imports: [TypeOrmModule.forFeature(DELEGATION_ENTITIES)],
  controllers: [DelegationsController],
  providers: [DelegationsService, StandIns],
  exports: [StandIns],
})
export class DelegationsModule {}
