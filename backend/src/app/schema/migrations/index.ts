import { InitialSchema1795632550266 } from './1795632550266-initial-schema';
import { Scheduler1795700000000 } from './1795700000000-scheduler';
import { AuditChainAndOutbox1796000000000 } from './1796000000000-audit-chain-and-outbox';
import { RefreshTokens1796100000000 } from './1796100000000-refresh-tokens';
import { WardGrants1796250000000 } from './1796250000000-ward-grants';
import { Deliverables1796300000000 } from './1796300000000-deliverables';
import { Notifications1796400000000 } from './1796400000000-notifications';
import { Delegations1796500000000 } from './1796500000000-delegations';
import { BoardColumnIndex1796600000000 } from './1796600000000-board-column-index';
import { ChainCheckpoints1796900000000 } from './1796900000000-chain-checkpoints';
import { CalendarYears1797000000000 } from './1797000000000-calendar-years';
import { AlternateReviewer1797100000000 } from './1797100000000-alternate-reviewer';
import { Administration1797600000000 } from './1797600000000-administration';
import { ReportRounds1797700000000 } from './1797700000000-report-rounds';
import { PlanSource1798100000000 } from './1798100000000-plan-source';
import { RefoldContexts1798200000000 } from './1798200000000-refold-contexts';
import { PlanSources1798300000000 } from './1798300000000-plan-sources';
import { ReportResultFiles1798450000000 } from './1798450000000-report-result-files';
import { PlanSourceSections1798500000000 } from './1798500000000-plan-source-sections';

/** In order; listed explicitly because the backend is bundled and cannot glob for them. */
export const MIGRATIONS = [
  InitialSchema1795632550266,
  Scheduler1795700000000,
  AuditChainAndOutbox1796000000000,
  RefreshTokens1796100000000,
  WardGrants1796250000000,
  Deliverables1796300000000,
  Notifications1796400000000,
  Delegations1796500000000,
  BoardColumnIndex1796600000000,
  ChainCheckpoints1796900000000,
  CalendarYears1797000000000,
  AlternateReviewer1797100000000,
  ReportRounds1797700000000,
  Administration1797600000000,
  PlanSource1798100000000,
  RefoldContexts1798200000000,
  PlanSources1798300000000,
  ReportResultFiles1798450000000,
  PlanSourceSections1798500000000,
];
