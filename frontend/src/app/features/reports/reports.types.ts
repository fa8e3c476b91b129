import type { PeriodBasis } from '@dondoc/contracts';

/*
 * The answers and requests of /api/reports are declared once in @dondoc/contracts, for the backend,
 * this app and the e2e journeys. Import them from there; these names stay only so that work begun
 * against this file still compiles.
 */
export type {
  AskedPartDto,
  FiguresDto,
  OpenRoundRequest,
  PeriodBasis,
  RoundCommandRequest,
  RoundDto,
  RoundPartDto,
  RoundSummaryDto,
  RoundTaskDto,
} from '@dondoc/contracts';

/** Where the figures are as of: a report period's cut-off. */
export interface PeriodQuery {
  period: string;
  basis: PeriodBasis;
}
