import { createHash } from 'node:crypto';
import type { ArticleRecord } from './schema.js';
import type { StructureFields } from '../extract/structure/index.js';
import type { DateFields } from '../extract/dates/index.js';

export interface DomainFields {
  officials: ArticleRecord['officials'];
  figures: ArticleRecord['figures'];
  documents: ArticleRecord['documents'];
  locations: ArticleRecord['locations'];
  organizations: ArticleRecord['organizations'];
  abbreviations: ArticleRecord['abbreviations'];
}

export interface SourceRef {
  path: string;
  row: number | null;
  url: string | null;
  format: 'html' | 'text' | 'row';
}

/** Stable id: hex digest of the normalised source locator + the article text. */
export function recordId(source: SourceRef, fields: Pick<StructureFields, 'title' | 'paragraphs'>): string {
  // one string, hashed in one update (each update converts its string to UTF-8 apart;
  // the separators keep every part apart, so the bytes are the same)
  let text = source.path.normalize('NFC') + '\u0000' + String(source.row ?? '') + '\u0000' + (source.url ?? '') + '\u0000' + (fields.title ?? '');
  for (const p of fields.paragraphs) text += '\n' + p;
  return createHash('sha1').update(text).digest('hex');
}

export function assembleRecord(
  source: SourceRef,
  s: StructureFields,
  d: DateFields,
  dom: DomainFields,
  warnings: string[],
): ArticleRecord {
  return {
    schemaVersion: '1',
    id: recordId(source, s),
    source: { ...source, outlet: s.outlet, agencyCode: s.agencyCode },
    title: s.title,
    kicker: s.kicker,
    lead: s.lead,
    published: d.published,
    event: d.event,
    authors: s.authors,
    photoCredits: s.photoCredits,
    paragraphs: s.paragraphs,
    captions: s.captions,
    officials: dom.officials,
    figures: dom.figures,
    documents: dom.documents,
    locations: dom.locations,
    organizations: dom.organizations,
    abbreviations: dom.abbreviations,
    warnings: [...new Set(warnings)],
  };
}
