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
  const h = createHash('sha1');
  h.update(source.path.normalize('NFC'));
  h.update('\u0000');
  h.update(String(source.row ?? ''));
  h.update('\u0000');
  h.update(source.url ?? '');
  h.update('\u0000');
  h.update(fields.title ?? '');
  for (const p of fields.paragraphs) {
    h.update('\n');
    h.update(p);
  }
  return h.digest('hex');
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
