import type { ArticleText } from '../../types.js';
import type { Rules } from '../../rules/index.js';
import type { Organization, Abbreviation } from '../../record/schema.js';
import { C } from '../people/lexicon.js';
import { Grammar, abbreviationSpan } from '../people/grammar.js';
import { phraseKey, phraseKeyIn, tokensOf, type Tok } from '../people/tokens.js';
import type { OrgRules } from './rules.js';

/** the people's councils and committees of every level: "HĐND tỉnh" is the generic body */
const GENERIC_COUNCILS = new Set(['hđnd', 'ubnd', 'hội đồng nhân dân', 'ủy ban nhân dân']);

const MAX_DEFINED = 16; // words before a bracket that an abbreviation may stand for

interface Found {
  orgs: Map<string, Organization>;
  defined: Map<string, Abbreviation>;
  known: Map<string, Abbreviation>;
}

/**
 * Bodies named in the text, each once, and the abbreviations the text defines
 * ("quy chế dân chủ (QCDC)") or the rules know (HĐND, UBND, MTTQ…). A body is a head
 * ("Bộ", "Ban", "Bệnh viện", "UBND"…) or a fixed name ("Quốc hội") with the same tail
 * grammar as an official's position; bodies inside bodies are listed too
 * ("Ban Thường vụ Thành ủy Cần Thơ" and "Thành ủy Cần Thơ").
 */
export function extractOrganizations(
  text: ArticleText,
  rules: Rules,
): { organizations: Organization[]; abbreviations: Abbreviation[] } {
  const found: Found = { orgs: new Map(), defined: new Map(), known: new Map() };
  const all = [text.title ?? '', ...text.paragraphs, ...text.captions];
  for (const s of all) {
    if (!s) continue;
    const ft = tokensOf(text, s, rules.people.words);
    scanField(ft.toks, ft.starts, ft.text, rules, found);
  }
  // a body named in part elsewhere ("Thành ủy" beside "Thành ủy Cần Thơ") is listed once, fully
  const keys = [...found.orgs.keys()];
  for (const k of keys) if (hasLonger(keys, k)) found.orgs.delete(k);
  const abbreviations = [...found.defined.values()];
  for (const [k, a] of found.known) if (!found.defined.has(k)) abbreviations.push(a);
  return { organizations: [...found.orgs.values()], abbreviations };
}

/** does another key start with k and a space ("thành ủy cần thơ" for "thành ủy")? */
function hasLonger(keys: string[], k: string): boolean {
  const pre = k + ' ';
  for (let i = 0; i < keys.length; i++) if (keys[i]!.startsWith(pre)) return true;
  return false;
}

function scanField(toks: Tok[], starts: number[], text: string, rules: Rules, found: Found): void {
  const g = new Grammar(toks, starts, text, rules.people);
  const lex = rules.people.lex;
  const orgRules = rules.orgs;
  const words = rules.people.words;
  /** token index where the last organisation ended, and that organisation's key */
  let lastEnd = -1;
  let lastKey = '';
  let coveredUntil = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.w) {
      if (t.s === '(') {
        const d = definedAt(g, toks, text, i, lastEnd === i ? lastKey : '', found);
        if (d) i = d;
      }
      continue;
    }
    // a known abbreviation is in the phrase table too: the class bit first, the Map only then
    const known = t.f & C.ABBR ? orgRules.abbreviations.get(t.s) : undefined;
    if (known && !found.known.has(t.k)) found.known.set(t.k, { short: known.short, expansion: known.expansion });
    if (!t.cap) continue;
    const head = lex.match(toks, i, C.BODY | C.HEAD);
    if (!head || !g.knownAt(i, C.BODY | C.HEAD)) continue;
    if (g.officeAt(i) >= i + head.len) continue; // "Bộ trưởng", "Trưởng Ban": an office, not a body
    // a one-word head's key is its token's (the same word table entry): no slice, no lookup
    const headKey = head.len === 1 ? t.k : phraseKeyIn(words, text.slice(g.startOf(i), g.endOf(i + head.len - 1)));
    // inside a body already listed, a generic word ("Trung ương" in "Bệnh viện Trung ương Huế")
    // does not open another one; a committee does ("Thành ủy Cần Thơ" in "Ban Thường vụ Thành ủy Cần Thơ")
    if (i < coveredUntil && orgRules.notAlone.has(headKey)) continue;
    if (insideName(g, i) || insidePlace(toks, i, rules)) continue; // "Nguyễn Trường Nhật Phượng", "Tây Ban Nha"
    const tail = g.parseTail(i + head.len, i, true, 'body');
    let end = Math.max(tail.end, i + head.len);
    // a list glued without commas ("Báo Phú Yên Báo Bình Định"): the same head starts the next body
    for (let k = i + head.len; k < end; k++) {
      if (toks[k]!.k === toks[i]!.k && toks[k]!.cap) {
        end = k;
        break;
      }
    }
    // "Trung tâm … Việt Nhật (HECI)": the bracket is the body's abbreviation
    let own: string | null = null;
    if (end - i >= 4 && toks[end - 1]!.s === ')' && toks[end - 3]!.s === '(') {
      const code = toks[end - 2]!;
      const isCode = /^[A-ZĐ]{2,8}$/.test(code.s) && !orgRules.abbreviations.has(code.s) && !lex.match(toks, end - 2, C.PLACE | C.COUNTRY);
      if (isCode) own = code.s;
      end -= 3; // a place in brackets ("(TP.HCM)") is not part of the name either
    }
    // "HĐND thành phố", "UBND tỉnh": the generic body, without the bare level word
    if (GENERIC_COUNCILS.has(headKey)) {
      while (end > i + head.len && (toks[end - 1]!.f & C.LEVEL) !== 0 && lex.match(toks, end - 1, C.LEVEL)?.len === 1) end--;
      if (end > i + head.len + 1 && toks[end - 1]!.k === 'phố' && toks[end - 2]!.k === 'thành') end -= 2;
    }
    const written = g.cleanRaw(text.slice(g.startOf(i), g.endOf(end - 1)));
    const wkey = phraseKeyIn(words, written);
    if (end === i + head.len && orgRules.notAlone.has(wkey)) continue;
    if (isAdHoc(wkey, orgRules)) continue;
    const org = expandOrg(g, toks, i, end, text, orgRules, written);
    if (own && !org.abbreviation) org.abbreviation = own;
    const key = phraseKeyIn(words, org.name);
    if (!found.orgs.has(key)) found.orgs.set(key, org);
    if (own) {
      const ownKey = phraseKeyIn(words, own);
      if (!found.defined.has(ownKey)) found.defined.set(ownKey, { short: own, expansion: org.name });
    }
    lastEnd = end;
    lastKey = key;
    coveredUntil = Math.max(coveredUntil, end);
  }
}

/**
 * a delegation or working group ("đoàn đại biểu Quốc hội" stays a body). A function of
 * its own: a closure over the loop's variables would make the engine allocate a scope
 * object for every token of the loop.
 */
function isAdHoc(wkey: string, rules: OrgRules): boolean {
  for (let i = 0; i < rules.adHoc.length; i++) {
    if (wkey === rules.adHoc[i] || (wkey.startsWith(rules.adHocPrefixes[i]!) && !/ (quốc hội|hđnd|hội đồng nhân dân)\b/.test(wkey))) return true;
  }
  return false;
}

/** is token i inside a place or country that starts before it? */
function insidePlace(toks: Tok[], i: number, rules: Rules): boolean {
  for (let a = i - 1; a >= 0 && a >= i - 3; a--) {
    const m = rules.people.lex.match(toks, a, C.PLACE | C.COUNTRY);
    if (m && a + m.len > i) return true;
  }
  return false;
}

/** is token i part of a person's name that starts before it? */
function insideName(g: Grammar, i: number): boolean {
  for (let a = i - 1; a >= 0 && a >= i - 4 && g.isCapWord(a); a--) {
    if (g.startsName(a) && g.runEnd(a) > i) return true;
  }
  return false;
}

/**
 * "UBND TP.HCM" → name "Ủy ban nhân dân TP.HCM", abbreviation "UBND TP.HCM": the
 * abbreviations of bodies are spelt out in the name; place abbreviations (TP.HCM) stay.
 */
function expandOrg(g: Grammar, toks: Tok[], a: number, b: number, text: string, rules: OrgRules, written: string): Organization {
  let name = '';
  let pos = g.startOf(a);
  let expanded = false;
  for (let i = a; i < b; i++) {
    const t = toks[i]!;
    const known = t.f & C.ABBR ? rules.abbreviations.get(t.s) : undefined;
    if (known && !isPlaceAbbreviation(known)) {
      name += text.slice(pos, g.startOf(i)) + known.expansion;
      pos = g.endOf(i);
      expanded = true;
    }
  }
  name += text.slice(pos, g.endOf(b - 1));
  return expanded ? { name: name.replace(/\s+/g, ' ').trim(), abbreviation: written } : { name: written, abbreviation: null };
}

/** place abbreviations (TP.HCM) and lower-case terms (QCDC) stay as written in a body's name */
function isPlaceAbbreviation(a: { short: string; expansion: string }): boolean {
  return /^thành phố/i.test(a.expansion) || a.expansion[0] === a.expansion[0]!.toLowerCase();
}

/**
 * "(QCDC)" after words whose initials spell it defines an abbreviation; "(HECI)" right
 * after an organisation's name is that organisation's abbreviation. Returns the index of
 * the closing bracket, or 0.
 */
function definedAt(g: Grammar, toks: Tok[], text: string, open: number, orgKey: string, found: Found): number {
  let close = -1;
  for (let j = open + 1; j < toks.length && j <= open + 6; j++) {
    if (toks[j]!.s === ')') {
      close = j;
      break;
    }
  }
  if (close < 0 || close === open + 1) return 0;
  let letters = '';
  for (let j = open + 1; j < close; j++) {
    const t = toks[j]!;
    if (t.s === '&') continue;
    if (!t.w || !t.upper) return 0;
    letters += t.s;
  }
  const short = text.slice(g.startOf(open + 1), g.endOf(close - 1));
  // the words of the same clause before the bracket (their token indices)
  const words: number[] = [];
  for (let j = open - 1; j >= 0 && words.length < MAX_DEFINED; j--) {
    const t = toks[j]!;
    if (!t.w && t.s !== '&' && t.s !== '-') break;
    if (t.w) words.unshift(j);
  }
  const span = abbreviationSpan(
    letters,
    words.map((w) => toks[w]!.s),
  );
  const key = phraseKey(short);
  if (span) {
    const expansion = text.slice(g.startOf(words[span[0]]!), g.endOf(words[words.length - 1]!));
    if (!found.defined.has(key)) found.defined.set(key, { short, expansion });
    return close;
  }
  // otherwise a one-word code right after a body's name is its abbreviation ("(HECI)"),
  // but not a place or a known term in brackets ("(TP.HCM)")
  const single = close === open + 2 && /^[A-ZĐ]{2,8}$/.test(short) && !found.known.has(toks[open + 1]!.k);
  const org = orgKey && single ? found.orgs.get(orgKey) : undefined;
  if (org) {
    if (!found.defined.has(key)) found.defined.set(key, { short, expansion: org.name });
    if (!org.abbreviation) org.abbreviation = short;
    return close;
  }
  return 0;
}
