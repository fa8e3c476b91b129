import { JobLeaseEntity } from './entities/job-lease.entity';
import { JobRunEntity } from './entities/job-run.entity';

export const SCHEDULER_ENTITIES = [JobLeaseEntity, JobRunEntity];
