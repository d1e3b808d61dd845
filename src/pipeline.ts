import type { InputUnit, ParsedDoc, ArticleText, ErrorStage } from './types.js';
import type { Rules } from './rules/index.js';
import { decodeBytes, DecodeError } from './input/decode.js';
import { normaliseText } from './normalise/text.js';
import { parseHtml } from './parse/html/index.js';
import { parseText } from './parse/text/index.js';
import { parseRow } from './parse/rows/index.js';
import { classifyDoc } from './parse/classify.js';
import { extractStructure } from './extract/structure/index.js';
import { extractDates } from './extract/dates/index.js';
import { extractOfficials } from './extract/people/index.js';
import { extractOrganizations } from './extract/orgs/index.js';
import { extractFigures } from './extract/figures/index.js';
import { extractDocuments } from './extract/documents/index.js';
import { extractLocations } from './extract/places/index.js';
import { notPeople, notPlaces } from './extract/refine.js';
import { assembleRecord, type SourceRef } from './record/assemble.js';
import { RecordSchema, type ArticleRecord, type ErrorLine } from './record/schema.js';

export type UnitResult = { ok: true; record: ArticleRecord } | { ok: false; error: ErrorLine };

class StageError extends Error {
  constructor(
    public stage: ErrorStage,
    message: string,
  ) {
    super(message);
  }
}

/** decode + normalise + parse one unit into the block stream */
export function parseUnit(unit: InputUnit, rules: Rules): ParsedDoc {
  if (unit.kind === 'row') {
    const fields: Record<string, string> = {};
    for (const [k, v] of Object.entries(unit.fields ?? {})) fields[k] = normaliseText(v ?? '');
    return parseRow(fields, rules, unit.columnMap);
  }
  if (!unit.bytes) throw new StageError('input', 'no content');
  let decoded;
  try {
    decoded = decodeBytes(unit.bytes, { kind: unit.kind, httpCharset: unit.httpCharset });
  } catch (e) {
    if (e instanceof DecodeError) throw new StageError('decode', e.message);
    throw e;
  }
  // HTML: parseHtml normalises the text it reads (text nodes, JSON-LD, attributes it keeps),
  // which is a fraction of the markup
  const doc = unit.kind === 'html' ? parseHtml(decoded.text, rules, unit.url) : parseText(normaliseText(decoded.text), rules);
  doc.warnings.unshift(...decoded.warnings);
  return doc;
}

/** The whole pipeline for one unit: a validated record, or one error line. Never throws. */
export function processUnit(unit: InputUnit, rules: Rules): UnitResult {
  const src = { path: unit.path, row: unit.row, url: unit.url };
  const fail = (stage: ErrorStage, message: string): UnitResult => ({ ok: false, error: { source: src, stage, message } });
  if (unit.readError) return fail(unit.readError.stage, unit.readError.message);
  let stage: ErrorStage = 'parse';
  try {
    const doc = parseUnit(unit, rules);
    stage = 'classify';
    const cls = classifyDoc(doc, rules);
    if (!cls.article) return fail('classify', `not an article: ${cls.reason}`);
    stage = 'extract';
    const record = extractRecord(doc, { ...src, format: doc.format }, rules);
    stage = 'validate';
    const checked = RecordSchema.safeParse(record);
    if (!checked.success) {
      const issues = checked.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ');
      return fail('validate', `record failed the schema: ${issues}`);
    }
    return { ok: true, record: checked.data as ArticleRecord };
  } catch (e) {
    if (e instanceof StageError) return fail(e.stage, e.message);
    return fail(stage, (e as Error)?.message ?? String(e));
  }
}

/** blocks → record (no validation) */
export function extractRecord(doc: ParsedDoc, source: SourceRef, rules: Rules): ArticleRecord {
  const s = extractStructure(doc, rules, { path: source.path, url: source.url });
  const d = extractDates(doc, s, rules);
  const text: ArticleText = { title: s.title, paragraphs: s.paragraphs, captions: s.captions };
  const orgs = extractOrganizations(text, rules);
  const found = extractOfficials(text, rules);
  const places = extractLocations(text, rules);
  const officials = notPlaces(found, places, text, rules);
  return assembleRecord(
    source,
    s,
    d,
    {
      officials,
      figures: extractFigures(text, rules),
      documents: extractDocuments(text, rules),
      locations: notPeople(places, found, text, rules),
      organizations: orgs.organizations,
      abbreviations: orgs.abbreviations,
    },
    [...doc.warnings, ...s.warnings, ...d.warnings],
  );
}
