import { z } from 'zod';

/** Bounds that keep a hand-made body from costing more than the largest real plan would. */
const MAX_ROWS = 5_000;
const MAX_CELLS_PER_ROW = 60;
const MAX_CELL_CHARS = 20_000;
const MAX_PASTE_CHARS = 3 * 1024 * 1024;

const cellSchema = z.object({
  text: z.string().max(MAX_CELL_CHARS),
  colSpan: z.number().int().min(1).max(MAX_CELLS_PER_ROW).optional(),
  rowSpan: z.number().int().min(1).max(MAX_ROWS).optional(),
});

export const gridSchema = z.object({
  rows: z.array(z.array(cellSchema).max(MAX_CELLS_PER_ROW)).max(MAX_ROWS),
  textBefore: z.string().max(MAX_CELL_CHARS).default(''),
  sourceRows: z.array(z.number().int().min(1)).max(MAX_ROWS).optional(),
});

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);
const yearSchema = z.number().int().min(2000).max(2100);
/** The plan in the system that the document revises: the preview then shows what changes. */
const amendsPlanIdSchema = z
  .string()
  .regex(/^[0-9a-fA-F-]{36}$/)
  .optional();

/** A paste (the clipboard's HTML and text) or the user's edited grid, to read again. */
export const previewBodySchema = z.union([
  z.object({
    grid: gridSchema,
    sourceSha256: sha256Schema.nullish(),
    year: yearSchema.optional(),
    amendsPlanId: amendsPlanIdSchema,
  }),
  z
    .object({
      html: z.string().max(MAX_PASTE_CHARS).optional(),
      text: z.string().max(MAX_PASTE_CHARS).optional(),
      year: yearSchema.optional(),
      amendsPlanId: amendsPlanIdSchema,
    })
    .refine((paste) => Boolean(paste.html?.trim() || paste.text?.trim()), {
      message: 'Chưa có nội dung dán: hãy dán bảng nhiệm vụ từ Word hoặc Excel.',
    }),
]);
export type PreviewBody = z.infer<typeof previewBodySchema>;

/** What the person decided for a name the ward did not know. */
export const nameChoiceSchema = z.object({
  name: z.string().trim().min(1).max(500),
  choice: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('unit'), unitCode: z.string().min(1).max(32) }),
    z.object({
      kind: z.literal('group'),
      members: z.union([z.literal('all'), z.array(z.string().min(1).max(32)).min(1).max(200)]),
    }),
    z.object({ kind: z.literal('outside') }),
  ]),
  /** Remember the choice for the ward, so the next plan that writes this name resolves it. */
  saveAsAlias: z.boolean().default(false),
});
export type NameChoice = z.infer<typeof nameChoiceSchema>;

export const importBodySchema = z.object({
  header: z.object({
    symbol: z.string().trim().max(64).default(''),
    title: z.string().trim().min(1).max(500),
    issuedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable()
      .default(null),
    year: yearSchema,
  }),
  grid: gridSchema,
  sourceSha256: sha256Schema.nullish(),
  choices: z.array(nameChoiceSchema).max(500).default([]),
  amendsPlanId: amendsPlanIdSchema,
});
export type ImportBody = z.infer<typeof importBodySchema>;
