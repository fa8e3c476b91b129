/**
 * Checks a JSON value against a schema of an OpenAPI 3.0 document, for the keywords the backend's
 * document uses: $ref, nullable, allOf/oneOf/anyOf, enum, type, properties, required,
 * additionalProperties, items. A property the schema does not name is a problem too (unless the
 * schema allows additional properties): an answer must not carry fields its documentation omits.
 */
export interface ConformanceSchema {
  $ref?: string;
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  properties?: Record<string, ConformanceSchema>;
  required?: string[];
  additionalProperties?: boolean | ConformanceSchema;
  items?: ConformanceSchema;
  allOf?: ConformanceSchema[];
  oneOf?: ConformanceSchema[];
  anyOf?: ConformanceSchema[];
}

export interface SchemaDocument {
  components?: { schemas?: Record<string, ConformanceSchema> };
}

const REF_PREFIX = '#/components/schemas/';

function typeProblem(type: string, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value !== 'string';
    case 'number':
      return typeof value !== 'number';
    case 'integer':
      return !Number.isInteger(value);
    case 'boolean':
      return typeof value !== 'boolean';
    case 'array':
      return !Array.isArray(value);
    case 'object':
      return typeof value !== 'object' || value === null || Array.isArray(value);
    default:
      return false;
  }
}

/** Every way the value departs from the schema, each as `<path>: <problem>`; none when it conforms. */
export function conformanceProblems(
  value: unknown,
  schema: ConformanceSchema,
  document: SchemaDocument,
  path = '$',
): string[] {
  if (schema.$ref) {
    const target = document.components?.schemas?.[schema.$ref.slice(REF_PREFIX.length)];
    if (!schema.$ref.startsWith(REF_PREFIX) || !target) return [`${path}: unknown schema ${schema.$ref}`];
    return conformanceProblems(value, target, document, path);
  }
  if (value === null && schema.nullable) return [];
  const problems: string[] = [];
  for (const part of schema.allOf ?? []) problems.push(...conformanceProblems(value, part, document, path));
  if (schema.oneOf) {
    const matching = schema.oneOf.filter(
      (part) => conformanceProblems(value, part, document, path).length === 0,
    );
    if (matching.length !== 1) problems.push(`${path}: matches ${matching.length} of oneOf, not exactly one`);
  }
  if (
    schema.anyOf &&
    !schema.anyOf.some((part) => conformanceProblems(value, part, document, path).length === 0)
  )
    problems.push(`${path}: matches none of anyOf`);
  if (schema.enum && !schema.enum.includes(value))
    problems.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  const type = schema.type ?? (schema.properties ? 'object' : undefined);
  if (type && typeProblem(type, value)) {
    problems.push(`${path}: ${value === null ? 'null' : typeof value} where the schema says ${type}`);
    return problems;
  }
  if (type === 'array' && schema.items && Array.isArray(value))
    value.forEach((item, index) =>
      problems.push(...conformanceProblems(item, schema.items ?? {}, document, `${path}[${index}]`)),
    );
  if (type === 'object')
    problems.push(...objectProblems(value as Record<string, unknown>, schema, document, path));
  return problems;
}

function objectProblems(
  value: Record<string, unknown>,
  schema: ConformanceSchema,
  document: SchemaDocument,
  path: string,
): string[] {
  const problems: string[] = [];
  const properties = schema.properties ?? {};
  for (const key of schema.required ?? [])
    if (!(key in value)) problems.push(`${path}.${key}: required, absent`);
  for (const [key, item] of Object.entries(value)) {
    const property = properties[key];
    if (property) problems.push(...conformanceProblems(item, property, document, `${path}.${key}`));
    else if (typeof schema.additionalProperties === 'object')
      problems.push(...conformanceProblems(item, schema.additionalProperties, document, `${path}.${key}`));
    else if (schema.additionalProperties !== true && schema.properties)
      problems.push(`${path}.${key}: not in the schema`);
  }
  return problems;
}
