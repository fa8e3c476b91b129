export * from './lib/api-routes';
export * from './lib/auth';
export * from './lib/boards';
export * from './lib/error-codes';
export * from './lib/health';
export * from './lib/leadership';
export * from './lib/realtime';
export * from './lib/tasks';
