import { Module } from '@nestjs/common';
import { TaskModelModule } from '../task-model/task-model.module';
import { UnitsController } from './units.controller';
import { UnitsService } from './units.service';

@Module({
  imports: [TaskModelModule],
  controllers: [UnitsController],
  providers: [UnitsService],
})
export class UnitsModule {}
