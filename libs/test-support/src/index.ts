export * from './lib/built-app';
export * from './lib/demo-api';
