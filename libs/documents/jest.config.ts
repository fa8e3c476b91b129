export default {
  displayName: 'documents',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js'],
  // A guard against a hung build, not a speed check: on the shared two-core machine one report
  // of a plan took over 2 s while others ran their suites.
  testTimeout: 120_000,
  coverageDirectory: '../../coverage/libs/documents',
};
