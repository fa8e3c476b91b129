import baseConfig from '../eslint.config.mjs';

export default [
  ...baseConfig,
  { files: ['**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
];
