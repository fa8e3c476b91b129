import baseConfig from '../../eslint.config.mjs';

/*
 * The figures fold the log through the workflow machines, so this library (tagged type:workflow)
 * depends on `workflows` (type:workflow), which the root constraints do not allow yet. Until the
 * root lets type:workflow depend on type:workflow, this file states the constraints of this
 * library's own tags: the same as the root's, with that one dependency added. Frameworks stay banned.
 */
const frameworks = ['@nestjs/*', 'typeorm', '@angular/*', 'socket.io', 'socket.io-client', 'express', 'rxjs'];

export default [
  ...baseConfig,
  {
    files: ['**/*.ts', '**/*.js'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:workflow',
              onlyDependOnLibsWithTags: ['type:domain', 'type:workflow'],
              bannedExternalImports: frameworks,
            },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
    },
  },
];
