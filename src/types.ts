/**
 * Types shared by every stage. The pipeline is:
 *
 *   input (InputUnit) → decode + normalise (string) → parse (ParsedDoc: blocks + meta)
 *     → classify → extract (structure, dates, domain) → assemble → validate → write
 *
 * Parsers never fill record fields directly: they say what each stretch of text *is*
 * (a Block) and which metadata candidates the page offers (MetaCandidate). Extractors
 * read only ParsedDoc / ArticleText, so a new input format is a new parser and a new
 * field is a new extractor.
 */

/** What the input stage hands on: one article-to-be, not yet decoded. */
export interface InputUnit {
  /** the path as the user named it (folder + relative path), or "-" for stdin */
  path: string;
  /** 1-based data row for row dumps, else null */
  row: number | null;
  /** URL when known (fetched pages, WARC records, url column) */
  url: string | null;
  /** how the content is to be parsed */
  kind: 'html' | 'text' | 'row';
  /** raw bytes for html/text (decoded later); absent for rows */
  bytes?: Uint8Array;
  /** charset announced by an HTTP header, when fetched */
  httpCharset?: string | null;
  /** already-split fields for row dumps: column name → value (as read) */
  fields?: Record<string, string>;
  /** explicit column mapping from --map (field → column name) */
  columnMap?: Record<string, string>;
  /** an error found while reading (e.g. a broken CSV row); the unit becomes an error line */
  readError?: { stage: ErrorStage; message: string };
}

export type ErrorStage =
  | 'input'
  | 'decode'
  | 'parse'
  | 'classify'
  | 'extract'
  | 'validate'
  | 'write';

export type BlockKind =
  | 'title' // the headline
  | 'kicker' // line above the headline ending in ":"
  | 'lead' // sapo / description
  | 'paragraph' // body text
  | 'heading' // in-body subheading (kept in paragraphs)
  | 'caption' // photo caption (may still carry "Ảnh: X")
  | 'byline' // "Tin, ảnh: X", "PHÙNG KHIÊM", author blocks
  | 'dateline' // the article's own publication-time line
  | 'clock' // the site's header clock (not the article's date)
  | 'boilerplate'; // navigation, widgets, related lists, layout debris

export interface Block {
  kind: BlockKind;
  /** normalised text of the block (NFC, spaces collapsed, trimmed) */
  text: string;
  /** where it came from, for warnings and debugging: "line 3", "h1", "figcaption" */
  origin?: string;
}

export type MetaField =
  | 'title'
  | 'description'
  | 'published'
  | 'modified'
  | 'author'
  /** a photographer a row's author column credits ("Tin, ảnh: X") */
  | 'photoCredit'
  | 'outlet'
  | 'url'
  | 'section'
  | 'tags'
  | 'agencyCode';

/**
 * A metadata value a page or row offers, with where it came from, e.g.
 * { field: 'published', value: '2025-10-09T17:55:47+0700', origin: 'jsonld' }.
 * Extractors judge between candidates with explicit preferences.
 */
export interface MetaCandidate {
  field: MetaField;
  value: string;
  /** 'jsonld' | 'jsonld-org' | 'og' | 'meta' | 'time' | 'visible' | 'column' | 'profile' */
  origin: string;
}

export interface ParsedDoc {
  format: 'html' | 'text' | 'row';
  blocks: Block[];
  meta: MetaCandidate[];
  /** doubts raised while parsing (encoding found, broken markup…) */
  warnings: string[];
}

/** The article text fields that spans point into. */
export interface ArticleText {
  title: string | null;
  paragraphs: string[];
  captions: string[];
}

export interface Span {
  field: 'paragraphs' | 'title' | 'captions';
  index: number;
  start: number;
  end: number;
}
