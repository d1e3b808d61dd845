import { z } from 'zod';

/** The record contract of ../shared/SPEC.md section 2, as a zod schema. */

/** Is s in Unicode NFC? (V8 hands the check to ICU, which runs a quick check first.) */
export const isNfc = (s: string): boolean => s === s.normalize('NFC');

/**
 * A record's text is NFC (SPEC §2). The rule is checked once over the whole record (see
 * RecordSchema below) instead of as a refinement on each of its ~70 strings: a zod check
 * per string cost about as much as the rest of the validation together.
 */
export const NfcString = z.string();

/** the path of the first string under v that is not NFC, or null (the path is built only on a find) */
export function firstNonNfc(v: unknown): (string | number)[] | null {
  const path: (string | number)[] = [];
  return findNonNfc(v, path) ? path : null;
}

function findNonNfc(v: unknown, path: (string | number)[]): boolean {
  if (typeof v === 'string') return !isNfc(v);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      if (findNonNfc(v[i], path)) return (path.unshift(i), true);
    }
    return false;
  }
  if (v !== null && typeof v === 'object') {
    for (const k in v as Record<string, unknown>) {
      if (findNonNfc((v as Record<string, unknown>)[k], path)) return (path.unshift(k), true);
    }
  }
  return false;
}

export const SpanSchema = z
  .object({
    field: z.enum(['paragraphs', 'title', 'captions']),
    index: z.number().int().nonnegative(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'span end before start' });

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');

export const SourceSchema = z.object({
  path: NfcString,
  row: z.number().int().positive().nullable(),
  url: z.string().nullable(),
  format: z.enum(['html', 'text', 'row']),
  outlet: NfcString.nullable(),
  agencyCode: NfcString.nullable(),
});

export const PublishedSchema = z.object({
  date: IsoDate,
  time: z
    .string()
    .regex(/^\d{2}:\d{2}(:\d{2})?$/, 'time must be HH:MM or HH:MM:SS')
    .nullable(),
  utcOffset: z
    .string()
    .regex(/^[+-]\d{2}:\d{2}$/, 'offset must be ±HH:MM')
    .nullable(),
  raw: NfcString,
});

export const PartOfDay = z.enum(['sáng', 'trưa', 'chiều', 'tối', 'đêm']);

export const EventSchema = z.object({
  date: IsoDate,
  partOfDay: PartOfDay.nullable(),
  yearInferred: z.boolean(),
  raw: NfcString,
});

export const PositionSchema = z.object({
  raw: NfcString,
  title: NfcString,
  organization: NfcString.nullable(),
});

export const OfficialSchema = z.object({
  name: NfcString,
  honorific: NfcString.nullable(),
  positions: z.array(PositionSchema),
  mentions: z.array(SpanSchema),
});

export const FigureSchema = z.object({
  value: z.number().finite(),
  max: z.number().finite().nullable(),
  unit: NfcString.nullable(),
  multiplier: z.union([z.literal(1e3), z.literal(1e6), z.literal(1e9)]).nullable(),
  quantity: z.number().finite(),
  object: NfcString.nullable(),
  qualifier: NfcString.nullable(),
  text: NfcString,
  span: SpanSchema,
});

export const DocumentSchema = z.object({
  kind: NfcString,
  number: NfcString.nullable(),
  date: IsoDate.nullable(),
  issuer: NfcString.nullable(),
  raw: NfcString,
  span: SpanSchema,
});

export const LocationLevel = z.enum([
  'tỉnh',
  'thành phố',
  'quận',
  'huyện',
  'thị xã',
  'phường',
  'xã',
  'thị trấn',
  'đặc khu',
]);

export const LocationSchema = z.object({
  name: NfcString,
  level: LocationLevel.nullable(),
  province: NfcString.nullable(),
  province2025: NfcString.nullable(),
  span: SpanSchema,
});

export const OrganizationSchema = z.object({
  name: NfcString,
  abbreviation: NfcString.nullable(),
});

export const AbbreviationSchema = z.object({
  short: NfcString,
  expansion: NfcString,
});

const RecordShape = z.object({
  schemaVersion: z.literal('1'),
  id: z.string().regex(/^[0-9a-f]{40}$/),
  source: SourceSchema,
  title: NfcString.nullable(),
  kicker: NfcString.nullable(),
  lead: NfcString.nullable(),
  published: PublishedSchema.nullable(),
  event: EventSchema.nullable(),
  authors: z.array(NfcString),
  photoCredits: z.array(NfcString),
  paragraphs: z.array(NfcString),
  captions: z.array(NfcString),
  officials: z.array(OfficialSchema),
  figures: z.array(FigureSchema),
  documents: z.array(DocumentSchema),
  locations: z.array(LocationSchema),
  organizations: z.array(OrganizationSchema),
  abbreviations: z.array(AbbreviationSchema),
  warnings: z.array(z.string()),
});

/** the record contract: the shape above, and every string of it NFC */
export const RecordSchema = RecordShape.superRefine((rec, ctx) => {
  const path = firstNonNfc(rec);
  if (path) ctx.addIssue({ code: 'custom', path, message: 'string is not NFC' });
});

export type ArticleRecord = z.infer<typeof RecordSchema>;
export type Published = z.infer<typeof PublishedSchema>;
export type EventDate = z.infer<typeof EventSchema>;
export type Official = z.infer<typeof OfficialSchema>;
export type Position = z.infer<typeof PositionSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type CitedDocument = z.infer<typeof DocumentSchema>;
export type Location = z.infer<typeof LocationSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type Abbreviation = z.infer<typeof AbbreviationSchema>;
export type SourceInfo = z.infer<typeof SourceSchema>;

export const ErrorLineSchema = z.object({
  source: z.object({
    path: z.string(),
    row: z.number().int().positive().nullable(),
    url: z.string().nullable(),
  }),
  stage: z.enum(['input', 'decode', 'parse', 'classify', 'extract', 'validate', 'write']),
  message: z.string(),
});
export type ErrorLine = z.infer<typeof ErrorLineSchema>;

/** the record's JSON Schema, for `bantin schema` */
export function recordJsonSchema(): unknown {
  return z.toJSONSchema(RecordSchema, { io: 'output', unrepresentable: 'any' });
}
