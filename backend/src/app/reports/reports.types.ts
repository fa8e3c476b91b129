/*
 * The answers of the reports routes are declared once in @dondoc/contracts, for this backend, the
 * frontend and the e2e journeys. Import them from there; these names stay only so that work begun
 * against this file still compiles.
 */
export type {
  AskedPartDto,
  FiguresDto,
  RoundDto,
  RoundEventDto,
  RoundPartDto,
  RoundSummaryDto,
} from '@dondoc/contracts';
