import { conformanceProblems, type SchemaDocument } from './openapi-conformance';

const document: SchemaDocument = {
  components: {
    schemas: {
      Unit: {
        type: 'object',
        required: ['id', 'code'],
        properties: {
          id: { type: 'string' },
          code: { type: 'string', nullable: true },
          kind: { type: 'string', enum: ['office', 'outside'] },
          counts: { type: 'object', additionalProperties: { type: 'integer' } },
        },
      },
      Answer: {
        type: 'object',
        properties: {
          units: { type: 'array', items: { $ref: '#/components/schemas/Unit' } },
          context: { type: 'object', additionalProperties: true },
          members: {
            oneOf: [
              { type: 'string', enum: ['all'] },
              { type: 'array', items: { type: 'string' } },
            ],
          },
        },
      },
    },
  },
};
const answer = { $ref: '#/components/schemas/Answer' };

describe('conformanceProblems', () => {
  it('accepts an answer as documented, nulls where nullable and free-form objects included', () => {
    const value = {
      units: [{ id: 'u1', code: null, kind: 'office', counts: { a: 1 } }],
      context: { anything: [1, 'two'] },
      members: ['u1'],
    };
    expect(conformanceProblems(value, answer, document)).toEqual([]);
    expect(conformanceProblems({ members: 'all' }, answer, document)).toEqual([]);
  });

  it('names every departure with its path', () => {
    const value = {
      units: [{ code: 7, kind: 'ward', counts: { a: 1.5 }, extra: true }],
      members: 3,
    };
    expect(conformanceProblems(value, answer, document)).toEqual([
      '$.units[0].id: required, absent',
      '$.units[0].code: number where the schema says string',
      '$.units[0].kind: "ward" is not one of ["office","outside"]',
      '$.units[0].counts.a: number where the schema says integer',
      '$.units[0].extra: not in the schema',
      '$.members: matches 0 of oneOf, not exactly one',
    ]);
  });

  it('reports a reference to a schema the document lacks', () => {
    expect(conformanceProblems({}, { $ref: '#/components/schemas/Nope' }, document)).toEqual([
      '$: unknown schema #/components/schemas/Nope',
    ]);
  });
});
