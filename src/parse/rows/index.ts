/**
 * One row of a row dump (column → value, already normalised) → ParsedDoc.
 *
 * Columns are recognised by name (rules/columns.json: English and Vietnamese spellings);
 * an explicit column map (CLI --map title=col,…) wins. The row offers:
 *   meta:   title (site name cut off), published / modified (raw column text, parsed later),
 *           one author per person named in the author column, outlet, url, description, tags
 *   blocks: title, lead (the summary when the content opens with it, or when it is a real sapo),
 *           then paragraphs / captions / bylines / boilerplate re-inferred from glued content.
 */
import type { Block, MetaCandidate, ParsedDoc } from '../../types.js';
import type { Rules } from '../../rules/index.js';
import { normaliseInline } from '../../normalise/text.js';
import { foldColumn, type RowField, type RowRules } from './rules.js';
import { readAuthorColumn } from './authors.js';
import { WARNINGS_FIELD } from '../../input/rows.js';
import { contentBlocks, joinLocationStamp } from './content.js';
import { isLetterOrNumberCode } from './chars.js';

const ORIGIN = 'column';

export function parseRow(fields: Record<string, string>, rules: Rules, columnMap?: Record<string, string>): ParsedDoc {
  const r = rules.rows;
  const v = mapColumns(fields, r, columnMap);
  const meta: MetaCandidate[] = [];
  const blocks: Block[] = [];
  const warnings: string[] = fields[WARNINGS_FIELD] ? fields[WARNINGS_FIELD].split('\n').filter(Boolean) : [];
  const add = (field: MetaCandidate['field'], value: string | undefined) => {
    const t = value ? normaliseInline(value) : '';
    if (t && !r.placeholders.has(t.toLowerCase())) meta.push({ field, value: t, origin: ORIGIN });
  };

  const title = v.title ? cleanTitle(normaliseInline(v.title), r, v.outlet) : '';
  if (title) {
    add('title', title);
    blocks.push({ kind: 'title', text: title, origin: 'column title' });
  }
  add('published', v.published);
  add('modified', v.modified);
  if (v.author) {
    const credited = readAuthorColumn(v.author, r.authors);
    for (const name of credited.authors) meta.push({ field: 'author', value: name, origin: ORIGIN });
    for (const name of credited.photos) meta.push({ field: 'photoCredit', value: name, origin: ORIGIN });
  }
  add('outlet', v.outlet);
  add('url', v.url);
  add('tags', v.tags);
  add('section', v.section);

  let content = (v.content ?? '').trim();
  const summary = v.summary ? normaliseInline(v.summary) : '';
  if (summary && !r.placeholders.has(summary.toLowerCase())) {
    add('description', summary);
    const cut = stripLeadingSummary(content, summary);
    if (cut !== null) {
      blocks.push({ kind: 'lead', text: leadText(summary), origin: 'column summary' });
      content = cut;
    } else if (isRealSapo(summary) && !contains(content, summary)) {
      blocks.push({ kind: 'lead', text: leadText(summary), origin: 'column summary' });
    }
  }
  for (const b of contentBlocks(content, r.content)) blocks.push({ ...b, origin: b.origin ?? 'column content' });
  if (v.content === undefined) warnings.push('row has no content column');
  return { format: 'row', blocks, meta, warnings };
}

type Values = Partial<Record<RowField, string>>;

/** column → field by the explicit map first, then by the column vocabulary (first column wins) */
export function mapColumns(fields: Record<string, string>, r: RowRules, columnMap?: Record<string, string>): Values {
  const out: Values = {};
  const taken = new Set<string>();
  if (columnMap) {
    const byFold = new Map(Object.keys(fields).map((k) => [foldColumn(k), k]));
    for (const [field, col] of Object.entries(columnMap)) {
      const key = col in fields ? col : byFold.get(foldColumn(col));
      const f = r.columnOf.get(foldColumn(field)) ?? (field as RowField);
      if (key !== undefined && fields[key] !== undefined) {
        out[f] = fields[key];
        taken.add(key);
      }
    }
  }
  for (const [col, value] of Object.entries(fields)) {
    if (taken.has(col)) continue;
    const f = r.columnOf.get(foldColumn(col));
    if (!f || out[f] !== undefined) continue;
    if (value == null || (typeof value === 'string' && !value.trim() && f !== 'author')) continue;
    out[f] = value;
    taken.add(col);
  }
  // no column named like content: the longest free-text column is the body
  if (out.content === undefined) {
    let best: string | undefined;
    for (const [col, value] of Object.entries(fields)) {
      if (taken.has(col) || col.startsWith('@') || typeof value !== 'string' || /^https?:\/\//.test(value.trim())) continue;
      if (value.length >= 200 && (!best || value.length > best.length)) best = value;
    }
    if (best !== undefined) out.content = best;
  }
  return out;
}

/** "X - VnExpress Giải trí" → "X"; "Nghe podcasts | X" → "X"; " - <Source column>" also goes */
export function cleanTitle(title: string, r: RowRules, outlet?: string): string {
  let t = title;
  if (r.titlePrefix) t = t.replace(r.titlePrefix, '');
  for (let i = 0; i < 3; i++) {
    const before = t;
    if (r.titleSuffix) t = t.replace(r.titleSuffix, '');
    const o = outlet ? normaliseInline(outlet) : '';
    if (o && o.length >= 3) {
      for (const sep of [' - ', ' – ', ' | ']) {
        if (t.toLowerCase().endsWith((sep + o).toLowerCase()) && t.length > sep.length + o.length + 8) t = t.slice(0, t.length - sep.length - o.length);
      }
    }
    t = t.trim();
    if (t === before) break;
  }
  return t || title;
}

const LETTER_OR_NUMBER_CP = /^[\p{L}\p{N}]$/u;

/**
 * letters and digits only, lower-cased: "TP HCM- Sau" and "TP HCMSau" compare equal.
 * (s.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase() by a scan that copies runs as slices;
 * a surrogate pair is judged as the one code point it encodes, as the regex does.)
 */
function squash(s: string): string {
  let out = '';
  let run = 0;
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    let width = 1;
    let keep: boolean;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      width = 2;
      keep = LETTER_OR_NUMBER_CP.test(s.slice(i, i + 2));
    } else keep = isLetterOrNumberCode(c);
    if (!keep) {
      if (run < i) out += s.slice(run, i);
      run = i + width;
    }
    i += width;
  }
  if (run === 0) return s.toLowerCase();
  if (run < n) out += s.slice(run, n);
  return out.toLowerCase();
}

/** content minus the summary it opens with, or null when it does not open with it */
function stripLeadingSummary(content: string, summary: string): string | null {
  if (!content || summary.length < 20) return null;
  const target = squash(summary);
  // walk the content until as many letters and digits as the summary has were seen
  let seen = 0;
  let i = 0;
  // (one code unit at a time, as the regex test on content[i] did: a lone surrogate is neither)
  for (; i < content.length && seen < target.length; i++) if (isLetterOrNumberCode(content.charCodeAt(i))) seen++;
  if (squash(content.slice(0, i)) !== target) return null;
  // the summary's closing punctuation goes with it
  const m = /^[.!?…"”'»)\]]*/u.exec(content.slice(i));
  return content.slice(i + (m ? m[0].length : 0));
}

function contains(content: string, summary: string): boolean {
  const probe = squash(summary).slice(0, 60);
  return probe.length >= 20 && squash(content.slice(0, 4000)).includes(probe);
}

/** a sapo, not a search-engine snippet ("… ..." / "·") or a list of links */
function isRealSapo(s: string): boolean {
  if (/\.\.\.|…|·|»/.test(s)) return false;
  return (s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 8;
}

/** the lead as it reads: a location stamp glued to the first word becomes "Hà Nội - Khoa…" */
function leadText(summary: string): string {
  return joinLocationStamp(summary);
}
