/** The REST paths, shared so clients never spell them twice. */
export const API = {
  login: '/api/auth/login',
  me: '/api/auth/me',
  health: '/api/health',
  plans: '/api/plans',
  board: (planId: string) => `/api/plans/${encodeURIComponent(planId)}/board`,
  planEvents: (planId: string, since: string | null) =>
    `/api/plans/${encodeURIComponent(planId)}/events${since ? `?since=${encodeURIComponent(since)}` : ''}`,
  leadership: '/api/leadership',
  unitBoard: '/api/units/mine/board',
  task: (taskId: string) => `/api/tasks/${encodeURIComponent(taskId)}`,
  transitions: (taskId: string) => `/api/tasks/${encodeURIComponent(taskId)}/transitions`,
} as const;
