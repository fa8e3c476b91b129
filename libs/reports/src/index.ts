export * from './lib/periods/report-periods';
