/** Just enough of an OpenAPI 3 document to walk every operation the API publishes. */
export interface OpenApiSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  minimum?: number;
  minLength?: number;
  minItems?: number;
  items?: OpenApiSchema;
  properties?: Record<string, OpenApiSchema>;
  required?: string[];
  allOf?: OpenApiSchema[];
  oneOf?: OpenApiSchema[];
  anyOf?: OpenApiSchema[];
}

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: OpenApiSchema;
}

interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: OpenApiSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, OpenApiSchema> };
}

export interface ApiOperation {
  /** `METHOD /path/{param}`, exactly as the document spells the path: the key of every table. */
  key: string;
  method: string;
  path: string;
  pathParams: string[];
  query: OpenApiParameter[];
  body: { contentType: string; schema: OpenApiSchema } | null;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** Every operation of the document, in the document's order. */
export function operationsOf(document: OpenApiDocument): ApiOperation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => {
        const parameters = operation.parameters ?? [];
        const [contentType, media] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
        return {
          key: `${method.toUpperCase()} ${path}`,
          method: method.toUpperCase(),
          path,
          pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]),
          query: parameters.filter((parameter) => parameter.in === 'query'),
          body: contentType ? { contentType, schema: media?.schema ?? {} } : null,
        };
      }),
  );
}

/** Values for named fields (ids of one ward's objects); a field not named gets a sample from its schema. */
export type NamedValues = (name: string) => string | undefined;

/**
 * A value the schema accepts, as a client that means well would send it: ids from `named`, then the
 * schema's own example, enum or default, else the simplest value of its type. Optional properties
 * are sent when they carry an example (the document's idea of a typical call).
 */
export function sampleOf(
  schema: OpenApiSchema,
  document: OpenApiDocument,
  named: NamedValues,
  name = '',
): unknown {
  const resolved = resolve(schema, document);
  const id = name ? named(name) : undefined;
  if (id !== undefined) return resolved.type === 'array' ? [id] : id;
  if (resolved.example !== undefined) return resolved.example;
  if (resolved.enum?.length) return resolved.enum[0];
  if (resolved.default !== undefined) return resolved.default;
  switch (resolved.type) {
    case 'integer':
    case 'number':
      return Math.max(resolved.minimum ?? 1, 1);
    case 'boolean':
      return false;
    case 'array': {
      const item = sampleOf(resolved.items ?? {}, document, named, singular(name));
      return Array.from({ length: Math.max(resolved.minItems ?? 1, 1) }, () => item);
    }
    case 'string':
      if (resolved.format === 'binary') return sampleFile();
      return resolved.format === 'uuid' ? '00000000-0000-4000-8000-000000000000' : 'Nội dung thử nghiệm';
    default: {
      const properties = resolved.properties ?? {};
      const required = new Set(resolved.required ?? []);
      return Object.fromEntries(
        Object.entries(properties)
          .filter(([key, property]) => required.has(key) || named(key) !== undefined || hasExample(property))
          .map(([key, property]) => [key, sampleOf(property, document, named, key)]),
      );
    }
  }
}

/** The path with every `{param}` replaced, URL-encoded. */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} of ${path}`);
    return encodeURIComponent(value);
  });
}

/** A minimal PDF, for multipart fields the document declares as binary (an uploaded deliverable). */
function sampleFile(): File {
  return new File(['%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'], 'bien-ban.pdf', {
    type: 'application/pdf',
  });
}

function resolve(schema: OpenApiSchema, document: OpenApiDocument): OpenApiSchema {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = document.components?.schemas?.[name];
    if (!target) throw new Error(`the document has no schema ${schema.$ref}`);
    return resolve(target, document);
  }
  const first = schema.allOf?.[0] ?? schema.oneOf?.[0] ?? schema.anyOf?.[0];
  return first ? { ...resolve(first, document), ...withoutCombinators(schema) } : schema;
}

function withoutCombinators(schema: OpenApiSchema): OpenApiSchema {
  const rest = { ...schema };
  delete rest.allOf;
  delete rest.oneOf;
  delete rest.anyOf;
  return rest;
}

function hasExample(schema: OpenApiSchema): boolean {
  return schema.example !== undefined;
}

/** `unitIds` → `unitId`, so the items of an id list are filled like a single id. */
function singular(name: string): string {
  return name.endsWith('Ids') ? name.slice(0, -1) : name;
}
