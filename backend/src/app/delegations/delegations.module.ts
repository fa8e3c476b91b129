import { Module } from '@nestjs/common';
import { DelegationsController } from './delegations.controller';
import { DelegationsService } from './delegations.service';
import { StandIns } from './stand-ins';

/** Stand-ins (ủy quyền): the delegations API, and StandIns for the transition engine. */
@Module({
  controllers: [DelegationsController],
  providers: [DelegationsService, StandIns],
  exports: [StandIns],
})
export class DelegationsModule {}
