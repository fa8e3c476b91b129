// Test support of the report figures, for the property tests, the backend's tests and the benchmarks; not part of the library's API.
export {
  DETOUR_MOVES,
  FORWARD_MOVES,
  walkHistory,
  type WalkAttempt,
  type WalkMove,
} from './lib/testing/history-walks';
export { TaskHistory, reportTask, type HistoryStep } from './lib/testing/task-history';
export { weeklyTimelineByFolds } from './lib/testing/week-by-week-folds';
