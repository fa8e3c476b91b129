export * from './lib/built-app';
export * from './lib/chromium';
export * from './lib/demo-api';
