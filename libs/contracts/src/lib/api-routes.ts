/** The REST paths, shared so clients never spell them twice. */
export const API = {
  login: '/api/auth/login',
  /** Rotates the refresh cookie and answers a new access token (LoginResponse). */
  refresh: '/api/auth/refresh',
  /** Revokes the session of the refresh cookie and clears it. */
  logout: '/api/auth/logout',
  /** Sets a new password with the current or one-time one (ChangePasswordRequest → LoginResponse). */
  changePassword: '/api/auth/password',
  me: '/api/auth/me',
  health: '/api/health',
  plans: '/api/plans',
  board: (planId: string) => `/api/plans/${encodeURIComponent(planId)}/board`,
  planEvents: (planId: string, since: string | null) =>
    `/api/plans/${encodeURIComponent(planId)}/events${since ? `?since=${encodeURIComponent(since)}` : ''}`,
  leadership: '/api/leadership',
  /** One ward's leadership board: the caller's own or one granted to them (city-level leaders). */
  leadershipWards: '/api/leadership/wards',
  leadershipOfWard: (wardId: string) => `/api/leadership/wards/${encodeURIComponent(wardId)}`,
  unitBoard: '/api/units/mine/board',
  task: (taskId: string) => `/api/tasks/${encodeURIComponent(taskId)}`,
  /** Adds a task to a plan by hand (CreateTaskRequest → TransitionResponse). */
  planTasks: (planId: string) => `/api/plans/${encodeURIComponent(planId)}/tasks`,
  transitions: (taskId: string) => `/api/tasks/${encodeURIComponent(taskId)}/transitions`,
} as const;
