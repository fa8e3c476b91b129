import { fillPath, type OpenApiDocument, operationsOf, sampleOf } from './openapi-operations';

const document: OpenApiDocument = {
  paths: {
    '/api/tasks/{taskId}/transitions': {
      post: {
        parameters: [{ name: 'taskId', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Move' } } } },
      },
      parameters: [],
    } as unknown as OpenApiDocument['paths'][string],
    '/api/plans': { get: { parameters: [{ name: 'year', in: 'query', schema: { type: 'number' } }] } },
  },
  components: {
    schemas: {
      Move: {
        type: 'object',
        required: ['event', 'expectedVersion', 'unitId'],
        properties: {
          event: { type: 'string', example: 'SUBMIT' },
          expectedVersion: { type: 'integer', minimum: 1 },
          unitId: { type: 'string' },
          comment: { type: 'string', example: 'Đã xong' },
          note: { type: 'string' },
          kinds: { type: 'array', items: { type: 'string', enum: ['a', 'b'] } },
        },
      },
    },
  },
};

describe('operationsOf', () => {
  it('lists every operation with its key, path parameters, query and body', () => {
    const [move, plans] = operationsOf(document);
    expect(move).toMatchObject({
      key: 'POST /api/tasks/{taskId}/transitions',
      pathParams: ['taskId'],
      body: { contentType: 'application/json' },
    });
    expect(plans).toMatchObject({ key: 'GET /api/plans', pathParams: [], body: null });
    expect(plans.query.map((parameter) => parameter.name)).toEqual(['year']);
  });
});

describe('sampleOf', () => {
  it('fills required fields and those with an example; named fields take the given ids', () => {
    const named = (name: string) => (name === 'unitId' ? 'unit-of-ward-b' : undefined);
    expect(sampleOf({ $ref: '#/components/schemas/Move' }, document, named)).toEqual({
      event: 'SUBMIT',
      expectedVersion: 1,
      unitId: 'unit-of-ward-b',
      comment: 'Đã xong',
    });
  });
});

describe('fillPath', () => {
  it('replaces each parameter, encoded, and names one it has no value for', () => {
    expect(fillPath('/api/tasks/{taskId}', { taskId: 'a/b' })).toBe('/api/tasks/a%2Fb');
    expect(() => fillPath('/api/tasks/{taskId}', {})).toThrow(/taskId/);
  });
});
