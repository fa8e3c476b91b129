import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

const frameworks = ['@nestjs/*', 'typeorm', '@angular/*', 'socket.io', 'socket.io-client', 'express', 'rxjs'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  prettier,
  { ignores: ['**/dist', '**/node_modules', '**/.angular', '**/coverage', 'tmp', 'data'] },
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
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: frameworks,
            },
            {
              sourceTag: 'type:workflow',
              onlyDependOnLibsWithTags: ['type:domain', 'type:workflow'],
              bannedExternalImports: frameworks,
            },
            {
              // Node-side readers and writers of documents (.docx, .xlsx, .pdf): file formats only.
              sourceTag: 'type:adapter',
              onlyDependOnLibsWithTags: ['type:domain', 'type:adapter'],
              bannedExternalImports: frameworks,
            },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:backend', onlyDependOnLibsWithTags: ['scope:backend', 'scope:shared'] },
            {
              sourceTag: 'scope:frontend',
              onlyDependOnLibsWithTags: ['scope:frontend', 'scope:shared'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'better-sqlite3', 'pg', 'argon2'],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:domain', 'type:testing'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];
