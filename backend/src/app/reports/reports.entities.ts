import { ReportPartEntity } from './report-part.entity';
import { ReportResultFileEntity } from './report-result-file.entity';
import { ReportRoundEventEntity } from './report-round-event.entity';
import { ReportRoundEntity } from './report-round.entity';

export const REPORT_ENTITIES = [
  ReportRoundEntity,
  ReportPartEntity,
  ReportRoundEventEntity,
  ReportResultFileEntity,
];
