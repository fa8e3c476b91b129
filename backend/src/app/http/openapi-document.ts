import { REFRESH_COOKIE } from '@dondoc/contracts';
import type { INestApplication } from '@nestjs/common';
import {
  ApiSecurity,
  DocumentBuilder,
  getSchemaPath,
  type OpenAPIObject,
  SwaggerModule,
} from '@nestjs/swagger';
import { ApiErrorResponse } from '../common/api-error.response';

/** The name of the bearer access token's security scheme (what `@ApiBearerAuth()` names). */
export const BEARER_SCHEME = 'bearer';

/**
 * Marks an operation that takes no credentials at all in the OpenAPI document (`security: [{}]`),
 * next to `@Public()`, which lets it through the access-token guard.
 */
export const ApiNoCredentials = () => ApiSecurity({});

/** A file answered as its bytes, in each of the given media types (an `@ApiOkResponse` content). */
export function binaryContent(mediaTypes: readonly string[]) {
  const schema = { type: 'string' as const, format: 'binary' };
  return Object.fromEntries(mediaTypes.map((mediaType) => [mediaType, { schema }]));
}

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
type Responses = Operation['responses'];

const ERROR_BODY = {
  'application/json': { schema: { $ref: getSchemaPath(ApiErrorResponse) } },
};

/**
 * The document served at /api/docs and /api/docs-json. Every refusal has the body of
 * ApiErrorFilter, so every 4xx/5xx response gets that schema here rather than on each handler;
 * two refusals follow from rules of the whole app and are added where the rule applies:
 * 401 on every operation behind the access-token guard, 400 on every operation with a body
 * (the validation pipe and the body readers refuse before the handler runs).
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Đôn Đốc API')
    .setDescription(
      'Workflow and approval engine with live boards for the task plans of Vietnamese wards. Every refusal ' +
        'answers an ApiErrorResponse whose `code` is stable; its `message` is Vietnamese.',
    )
    .setVersion('0.1.0')
    // Relative: the document is right wherever the app is served (PUBLIC_ORIGINS, a proxy, a test port).
    .addServer('/', 'The server this document was read from; every path starts with /api')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'The short-lived access token that login, password change and refresh answer',
      },
      BEARER_SCHEME,
    )
    .addCookieAuth(
      REFRESH_COOKIE,
      {
        type: 'apiKey',
        in: 'cookie',
        name: REFRESH_COOKIE,
        description: 'The httpOnly refresh cookie login sets, scoped to /api/auth; rotated on every refresh',
      },
      REFRESH_COOKIE,
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ApiErrorResponse] });
  for (const path of Object.values(document.paths))
    for (const operation of Object.values(path) as Operation[]) {
      if (!operation?.responses) continue;
      addRuleRefusals(operation);
      giveErrorsTheirBody(operation.responses);
    }
  return document;
}

function addRuleRefusals(operation: Operation): void {
  const { responses } = operation;
  const guarded = operation.security?.some((requirement) => BEARER_SCHEME in requirement) ?? false;
  if (guarded && !responses['401'])
    responses['401'] = { description: 'No access token, or it expired or was revoked (UNAUTHENTICATED)' };
  if (operation.requestBody && !responses['400'])
    responses['400'] = { description: 'The body is unreadable or a field is not valid (VALIDATION_FAILED)' };
}

function giveErrorsTheirBody(responses: Responses): void {
  for (const [status, response] of Object.entries(responses)) {
    if (Number(status) < 400 || !response || '$ref' in response || response.content) continue;
    response.content = ERROR_BODY;
  }
}
