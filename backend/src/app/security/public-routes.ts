/**
 * Routes answered without a token, each with the reason it names no ward's object. Every other
 * route of the OpenAPI document is walked by the tenancy and role tests; a route that is neither
 * walked nor listed here fails them.
 */
export const PUBLIC_ROUTES: Record<string, string> = {
  'GET /api/health': 'liveness for load balancers: answers the database kind and version, no ward data',
  'GET /api/ready': 'readiness for load balancers: names failed dependencies, no ward data',
  'POST /api/auth/login': 'exchanges a password for a token; the token then carries the ward',
  'POST /api/auth/password':
    'checks the current or one-time password like a login, then sets the new one; the session it starts carries the ward',
  'POST /api/auth/refresh':
    'authenticated by the refresh cookie instead of a bearer token; the session it rotates carries the ward',
  'POST /api/auth/logout':
    'revokes the session of the refresh cookie it is sent with, if any; answers nothing',
};
