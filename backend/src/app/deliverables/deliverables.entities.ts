import { DeliverableFileEntity } from './entities/deliverable-file.entity';
import { DeliverableVersionEntity } from './entities/deliverable-version.entity';

export const DELIVERABLE_ENTITIES = [DeliverableVersionEntity, DeliverableFileEntity];
