/**
 * The backend's floors, from the ground up. A folder imports only from its own floor or below;
 * folders of the contexts' floor never import one another; no two folders import each other in
 * a loop. `floors.spec.ts` checks it on every test run. DEVELOPMENT.md draws it.
 */
export const FLOORS = [
  {
    name: 'platform',
    about:
      'shared infrastructure: configuration, database, clock and errors, HTTP, logs, metrics, Redis, the Socket.IO server, the job runner',
    folders: [
      'common',
      'config',
      'database',
      'http',
      'logging',
      'metrics',
      'redis',
      'socket-hub',
      'scheduler',
      'health',
    ],
  },
  {
    name: 'kernel',
    about:
      'who acts (org, auth), the working calendar of each ward, and the task model: plans, tasks, events, cards, ward scoping',
    folders: ['org', 'auth', 'calendar', 'task-model'],
  },
  {
    name: 'contexts',
    about: 'one folder per bounded context, each with its entities and jobs; none imports another',
    folders: [
      'audit',
      'outbox',
      'notifications',
      'deliverables',
      'collaboration',
      'delegations',
      'plans',
      'units',
      'leadership',
      'realtime',
      'plan-import',
      'period-cards',
      'reports',
      'administration',
    ],
    isolated: true,
  },
  {
    name: 'engine',
    about:
      'every change of a task: snapshot → freeze deliverables → decide → record → stage outbox → notify → publish',
    folders: ['tasks'],
  },
  {
    name: 'app',
    about:
      'composition: the schema (every entity and migration), seeding, backups, cross-cutting test scenes',
    folders: ['schema', 'seed', 'backup', 'security', 'cluster'],
  },
] as const satisfies readonly {
  name: string;
  about: string;
  folders: readonly string[];
  isolated?: boolean;
}[];
