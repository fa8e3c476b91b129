export default {
  displayName: 'plan-readers',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js'],
  // A guard against a hung browser or worker, not a speed check: building the 1 GiB zip bomb
  // alone deflates a gigabyte (about 15 s on one core).
  testTimeout: 600_000,
  coverageDirectory: '../../coverage/libs/plan-readers',
};
