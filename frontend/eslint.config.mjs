import angular from 'angular-eslint';
import baseConfig from '../eslint.config.mjs';

export default [
  ...baseConfig,
  ...angular.configs.tsRecommended.map((config) => ({ ...config, files: ['**/*.ts'] })),
  {
    files: ['**/*.ts'],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'dd', style: 'camelCase' },
      ],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'dd', style: 'kebab-case' }],
      // Routed components are named after what they are: LoginPage, BoardPage.
      '@angular-eslint/component-class-suffix': ['error', { suffixes: ['Component', 'Page'] }],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
      '@angular-eslint/prefer-standalone': 'error',
      '@angular-eslint/prefer-signals': 'error',
      // The frontend talks to the backend over HTTP and sockets only, never through its code.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/backend/**', 'backend/*'], message: 'The frontend must not import backend code.' },
          ],
        },
      ],
    },
  },
  ...angular.configs.templateRecommended.map((config) => ({ ...config, files: ['**/*.html'] })),
  ...angular.configs.templateAccessibility.map((config) => ({ ...config, files: ['**/*.html'] })),
];
