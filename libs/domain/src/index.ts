export * from './lib/board-columns';
export * from './lib/board-filter';
export * from './lib/relations';
export * from './lib/roles';
export * from './lib/task-types';
export * from './lib/text';
