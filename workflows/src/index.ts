export { FOUR_EYES_REASONS } from './guards/four-eyes';
export { ENGINE_ACTOR_ID, engineActor } from './guards/permissions';
export { allowedEvents, allowedMoves, eventForDrop } from './lib/allowed';
export { badgeOf, columnOf } from './lib/columns';
export { initialContext } from './lib/context';
export { MAX_EXTENSIONS_IN_CONTEXT, MAX_PROGRESS_IN_CONTEXT } from './lib/context-updates';
export { decide } from './lib/decide';
export { dropRefusal, type DropRefusal } from './lib/drop-refusal';
export * from './lib/event-payloads';
export { initialWorkflow } from './lib/initial';
export * from './lib/labels';
export { moveAdvisor, type MoveAdvisor } from './lib/move-advisor';
export { MACHINES, MACHINE_VERSIONS, STATES_OF } from './lib/registry';
export { relationsOf, reviewingOf } from './lib/relations';
export { ReplayError, replay, type LoggedEvent } from './lib/replay';
export * from './lib/types';
export {
  cleanText,
  eventsOfType,
  validateEventPayload,
  type PayloadProblem,
  type PayloadProblemCode,
  type PayloadValidation,
} from './lib/validate-event-payload';
export { MIGRATIONS, type Migration } from './lib/versions';
export { reportPartMachine } from './report_round/report_part.machine';
export {
  RoundReplayError,
  decideRound,
  openRound,
  replayRound,
  type LoggedRoundEvent,
} from './report_round/report_round.decide';
export { roundFigures, type RoundFigures } from './report_round/report_round.figures';
export {
  fileCountProblem,
  partFilesRefusal,
  readsPartFiles,
  type PartFilesRefusal,
} from './report_round/report_round.files';
export * from './report_round/report_round.labels';
export { REPORT_ROUND_MACHINE_VERSION, reportRoundMachine } from './report_round/report_round.machine';
export * from './report_round/report_round.types';
export * from './testing/four-eyes-table';
export * from './testing/permission-table';
export * from './testing/scenarios';
