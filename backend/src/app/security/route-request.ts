import { ERROR_CODES } from '@dondoc/contracts';
import {
  type ApiOperation,
  fillPath,
  type NamedValues,
  type OpenApiDocument,
  sampleOf,
} from './openapi-operations';

export interface RouteAnswer {
  status: number;
  text: string;
  body: unknown;
}

export interface RouteCall {
  operation: ApiOperation;
  path: Record<string, string>;
  /** The body as sent; `undefined` sends none, a string is sent as it is (for malformed JSON). */
  body?: unknown;
  token?: string;
}

/** A call of the operation as a well-meaning client would make it, with ids taken from `named`. */
export function sampleCall(
  operation: ApiOperation,
  document: OpenApiDocument,
  named: NamedValues,
  path: Record<string, string>,
): RouteCall {
  return {
    operation,
    path,
    body: operation.body ? sampleOf(operation.body.schema, document, named) : undefined,
  };
}

/** Sends one call: query parameters the document requires are filled from their schema. */
export async function send(
  baseUrl: string,
  call: RouteCall,
  document: OpenApiDocument,
  named: NamedValues,
): Promise<RouteAnswer> {
  const { operation } = call;
  const query = new URLSearchParams();
  for (const parameter of operation.query.filter((entry) => entry.required)) {
    query.set(parameter.name, String(sampleOf(parameter.schema ?? {}, document, named, parameter.name)));
  }
  const url = `${baseUrl}${fillPath(operation.path, call.path)}${query.size ? `?${query}` : ''}`;
  const headers: Record<string, string> = call.token ? { authorization: `Bearer ${call.token}` } : {};
  const response = await fetch(url, {
    method: operation.method,
    headers: call.body === undefined ? headers : { ...headers, ...contentHeaders(operation) },
    body: call.body === undefined ? undefined : encode(operation, call.body),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: kept as text, and the shape check below says so
  }
  return { status: response.status, text, body };
}

function contentHeaders(operation: ApiOperation): Record<string, string> {
  // multipart bodies set their own boundary
  return operation.body?.contentType.startsWith('multipart/')
    ? {}
    : { 'content-type': operation.body?.contentType ?? 'application/json' };
}

function encode(operation: ApiOperation, body: unknown): string | FormData {
  const contentType = operation.body?.contentType ?? 'application/json';
  if (typeof body === 'string') return body;
  if (contentType.startsWith('multipart/')) return formDataOf(body as Record<string, unknown>);
  return JSON.stringify(body);
}

function formDataOf(fields: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value instanceof File) form.append(name, value, value.name);
    else form.append(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return form;
}

/** What is wrong with an error answer, or null when it is the one shape with no internals. */
export function errorShapeProblem(answer: RouteAnswer): string | null {
  const body = answer.body as Record<string, unknown> | null;
  if (typeof body !== 'object' || body === null) return `not a JSON error body: ${answer.text.slice(0, 120)}`;
  if (body['statusCode'] !== answer.status)
    return `statusCode ${String(body['statusCode'])} ≠ ${answer.status}`;
  if (!ERROR_CODES.includes(body['code'] as (typeof ERROR_CODES)[number]))
    return `unknown code ${String(body['code'])}`;
  if (typeof body['message'] !== 'string' || body['message'] === '') return 'no message';
  const extra = Object.keys(body).filter(
    (key) => !['statusCode', 'code', 'message', 'details', 'current'].includes(key),
  );
  if (extra.length) return `unexpected fields ${extra.join(', ')}`;
  if (/\bat \S+ \(?[^)]*:\d+:\d+\)?/.test(answer.text) || /node_modules|\/src\//.test(answer.text))
    return 'a stack trace or a source path';
  return null;
}
