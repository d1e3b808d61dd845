import { z } from 'zod';
import { readRuleFile, escapeRegExp, RulesError } from '../../rules/load.js';
import { LocationLevel } from '../../record/schema.js';
import { tokenize, splitTokens, codeTable, type TokenGate } from './tokens.js';
import { codeAt } from '../../normalise/text.js';

/**
 * rules/places.json (provinces 63 → 34, level words, cues) and rules/places-units.json
 * (former district-level units, the 2025 special zones). Compiled once into lookup maps
 * keyed by folded token sequences, so the scanner never builds a regex per article.
 */

export type Level = z.output<typeof LocationLevel>;

const Name = z.string().min(1);

const LevelDef = z.object({
  level: LocationLevel,
  words: z.array(Name).min(1),
  abbreviations: z.array(Name).default([]),
  committees: z.array(Name).default([]),
  /** an unlisted name after this level word is still a unit (wards, communes, districts) */
  generic: z.boolean(),
  /** "quận 1", "phường 12" */
  numbered: z.boolean(),
});

const ProvinceDef = z.object({
  name: Name,
  level: z.enum(['tỉnh', 'thành phố']),
  mergedInto: Name,
  aliases: z.array(Name).default([]),
  aliasesNeedLevel: z.array(Name).default([]),
  strictAliases: z.array(Name).default([]),
  /** the canonical name alone is not the unit (it is also a person's name) */
  noBare: z.boolean().default(false),
});

export const PlaceRulesFile = z
  .object({
    levels: z.array(LevelDef).min(1),
    numberedUnitProvince: z.record(z.string(), Name).default({}),
    provinces2025: z.array(z.object({ name: Name, level: z.enum(['tỉnh', 'thành phố']) })).length(34),
    provinces: z.array(ProvinceDef).length(63),
    notPlaces: z.array(Name).default([]),
    notAfter: z.array(Name).default([]),
    /** phrases that end in a notAfter word but do not name a street ("đường phố Cần Thơ": the streets of Cần Thơ) */
    notAfterExceptions: z.array(Name).default([]),
    notBefore: z.array(Name).default([]),
    personCues: z.object({ surnames: z.array(Name), middleNames: z.array(Name).default([]), honorifics: z.array(Name) }),
    /** words that make a level word part of another noun: "Thông tấn xã", "ông xã", "hợp tác xã" */
    levelNotAfter: z.record(z.string(), z.array(Name)).default({}),
    nameStopWords: z.array(Name).default([]),
    /** after a level word, phrases that are a title, not a name ("Huyện Anh hùng …") */
    genericNotNames: z.array(Name).default([]),
    pluralMarkers: z.array(Name).default([]),
    formerMarkers: z.array(Name).default([]),
    /** a company's or club's name runs from one of these to the place name ("Công ty Vàng bạc đá quý Sài Gòn") */
    companyCues: z.array(Name).default([]),
    /** …unless a preposition or conjunction stands between ("công ty … có trụ sở tại Hà Nội") */
    clauseLinks: z.array(Name).default([]),
  })
  .passthrough();

const UnitGroup = z
  .object({ province: Name })
  .catchall(z.array(Name)); // level word → names

export const PlaceUnitsFile = z
  .object({
    units: z.array(UnitGroup),
    specialZones: z.array(z.object({ name: Name, province: Name })),
    bare: z.array(Name).default([]),
    aliases: z.record(z.string(), z.array(Name)).default({}),
  })
  .passthrough();

export type UnitKind = 'province' | 'city' | 'district' | 'zone';

/** A unit the rules know by name. */
export interface KnownUnit {
  name: string;
  level: Level;
  /** province before 1 July 2025 (one of the 63) */
  province: string;
  /** province after 1 July 2025 (one of the 34) */
  province2025: string;
  kind: UnitKind;
}

/** How a surface form may be used: alone, alone but not run into another capitalised word, or only after a level word. */
export type AliasMode = 'bare' | 'strict' | 'level';

export interface AliasHit {
  unit: KnownUnit;
  mode: AliasMode;
}

export interface LevelWord {
  /** folded tokens of the word ("thành", "phố") or the abbreviation as written ("TP") */
  tokens: string[];
  level: Level;
  abbreviation: boolean;
  generic: boolean;
  numbered: boolean;
}

export interface PlaceRules {
  /** folded token sequence (joined by one space) → units it names */
  aliases: Map<string, AliasHit[]>;
  /** folded first token → longest alias length in tokens */
  aliasFirst: Map<string, number>;
  /** folded first token → level words starting with it (full words) */
  levelWords: Map<string, LevelWord[]>;
  /** first tokens of level words and committees as they may be written (lower, Capitalised, UPPER): a filter before folding */
  levelFirst: Set<string>;
  /** levelFirst and levelAbbrevs tokens: a filter before either is looked up */
  levelGate: TokenIndex<true>;
  /** levelFirst, looked up by offsets */
  levelFirstIndex: TokenIndex<true>;
  /** levelAbbrevs, looked up by offsets */
  levelAbbrevIndex: TokenIndex<LevelWord>;
  /** aliasFirst keys: a filter before a token is folded to look it up */
  aliasGate: KeyGate;
  /** aliasFirst and notPlacesFirst keys */
  bareGate: KeyGate;
  /** abbreviation exactly as written → level word */
  levelAbbrevs: Map<string, LevelWord>;
  /** folded "thành ủy" etc. → level implied */
  committees: Map<string, Level>;
  /** the second tokens of committees ("ủy"): a filter before a committee is looked up */
  committeeSecondGate: KeyGate;
  /** folded token sequences that are never a place when bare ("Thái Bình Dương") */
  notPlaces: Set<string>;
  /** their first tokens */
  notPlacesFirst: Set<string>;
  /**
   * preceding text ends with a street / company / river word, optionally with up to two
   * capitalised or all-caps words after it ("Ngân hàng TMCP"), or is a road or route
   * ("cao tốc Dầu Giây - "): one regex for both, so the cue alternation runs once
   */
  notAfter: RegExp;
  /** preceding text ends with a phrase that only looks like a street cue */
  notAfterException: RegExp;
  /** folded words that, right after a bare name, make it a club or brand */
  notBefore: Set<string>;
  surnames: Set<string>;
  /** "Văn", "Thị": a person's name goes on after a surname with one of these */
  middleNames: Set<string>;
  /** level → preceding text that makes the level word part of another noun */
  levelNotAfter: Map<Level, RegExp>;
  /** preceding text ends with an honorific ("ông", "chị", "nhà báo") */
  honorific: RegExp;
  nameStopWords: Set<string>;
  /** text right after a level word that is not a name ("Anh hùng") */
  genericNotName: RegExp;
  /** a company cue in the clause before a name (last match wins) */
  companyCue: RegExp;
  /** a preposition or conjunction between that cue and the name */
  clauseLink: RegExp;
  /** preceding text ends with a plural marker ("các", "hai") */
  plural: RegExp;
  /** following text starts with "(cũ)" / "cũ" */
  former: RegExp;
  numberedUnitProvince: Map<Level, string>;
  /** former province name → its unit */
  provinces: Map<string, KnownUnit>;
  /** all 63 former → 34 current, for the integrity tests and for context */
  mergedInto: Map<string, string>;
  provinces2025: Set<string>;
  /** known units by folded name, for province fallback of same-named wards */
  unitsByKey: Map<string, KnownUnit[]>;
}

// Tone placement differs between spellings only in the pairs oa, oe, uy ("Hoà"/"Hòa",
// "Thuỷ"/"Thủy"); moving the mark onto the first vowel of those pairs gives one key.
const TONE_ON_SECOND = /o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/g;
const TONE_SHIFT: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};
const shiftTone = (m: string): string => TONE_SHIFT[m] ?? m;

/**
 * Fold one token for lookups: lower case and tone placement. Cheaper than foldKey (no
 * NFD per word), which matters because every capitalised token is looked up; text is NFC
 * already. Rules and text are folded by this same function, so keys always agree.
 */
export function tokenKey(token: string): string {
  return tokenKeyAt(token, 0, token.length);
}

/** tokenKey(text.slice(s, e)), without slicing the token first when it is already lower case or Capitalised */
export function tokenKeyAt(text: string, s: number, e: number): string {
  const lower = lowerCaseAt(text, s, e);
  return hasToneOnSecond(lower) ? lower.replace(TONE_ON_SECOND, shiftTone) : lower;
}

// per code unit: its lower case when toLowerCase maps it to one unit whatever stands
// around it, NO_LOWER for the rest (surrogates, "İ", whose lower case is two units, and
// "Σ", whose lower case depends on its place in the word)
const NO_LOWER = 0xffff;
const lowerOf = codeTable(new Uint32Array(65536), (c) => {
  const s = String.fromCharCode(c).toLowerCase();
  return s.length !== 1 || (c >= 0xd800 && c <= 0xdfff) || c === 0x3a3 ? NO_LOWER : s.charCodeAt(0);
});

/**
 * text.slice(s, e).toLowerCase(), without the general case mapping for the usual tokens:
 * already lower case ("tỉnh"), or a capital and then lower case ("Bình"). toLowerCase on
 * a two-byte string goes through ICU, which costs more than the rest of a lookup.
 */
function lowerCaseAt(text: string, s: number, e: number): string {
  if (e <= s) return '';
  for (let i = s + 1; i < e; i++) {
    const c = codeAt(text, i);
    if (lowerOf(c) !== c) return text.slice(s, e).toLowerCase();
  }
  const c0 = codeAt(text, s);
  const l0 = lowerOf(c0);
  if (l0 === c0) return text.slice(s, e);
  if (l0 === NO_LOWER) return text.slice(s, e).toLowerCase();
  return String.fromCharCode(l0) + text.slice(s + 1, e);
}

// the toned second vowels of TONE_ON_SECOND: after "o" à á ả ã ạ è é ẻ ẽ ẹ, after "u" ỳ ý ỷ ỹ ỵ
const AFTER_O = 'àáảãạèéẻẽẹ';
const AFTER_U = 'ỳýỷỹỵ';

// per code unit: 111 ("o") after which it is a toned second vowel, 117 ("u") likewise, else 0
const TONED_AFTER = new Uint8Array(65536);
for (const ch of AFTER_O) TONED_AFTER[ch.charCodeAt(0)] = 111;
for (const ch of AFTER_U) TONED_AFTER[ch.charCodeAt(0)] = 117;

/** TONE_ON_SECOND.test(lower), by a scan for "o"/"u" (most tokens hold neither pair) */
function hasToneOnSecond(lower: string): boolean {
  const n = lower.length - 1;
  for (let i = 0; i < n; i++) {
    const c = codeAt(lower, i);
    if ((c === 111 || c === 117) && TONED_AFTER[codeAt(lower, i + 1)] === c) return true;
  }
  return false;
}

/** text holds t at s (compared in place, no method looked up on the text) */
function sameAt(text: string, s: number, t: string): boolean {
  for (let k = 0; k < t.length; k++) if (codeAt(text, s + k) !== codeAt(t, k)) return false;
  return true;
}

/** one bit per token length (8 and more share the last bit) */
const lengthBit = (len: number): number => (len <= 1 ? 1 : len >= 8 ? 128 : 1 << (len - 1));

/**
 * Tokens matched exactly as written, looked up by their offsets in the text: bit tables
 * of first and last code units by length turn most tokens away before any slice or hash
 * ("tại", "theo" open like "tỉnh" but end otherwise), and the few left are compared in
 * place with the listed tokens of the same first unit and length.
 */
export class TokenIndex<V> implements TokenGate {
  private readonly bits = new Uint8Array(65536);
  /** the first- and last-unit tables, for a caller's inline check (read only) */
  get firstUnits(): Uint8Array {
    return this.bits;
  }
  get lastUnits(): Uint8Array {
    return this.lastBits;
  }
  private readonly lastBits = new Uint8Array(65536);
  private readonly buckets = new Map<number, [string, V][]>();

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [t, v] of entries) {
      if (!t) continue;
      const c = t.charCodeAt(0);
      this.bits[c]! |= lengthBit(t.length);
      this.lastBits[t.charCodeAt(t.length - 1)]! |= lengthBit(t.length);
      const k = c * 64 + Math.min(t.length, 63);
      const list = this.buckets.get(k);
      if (list) {
        if (!list.some(([x]) => x === t)) list.push([t, v]);
      } else this.buckets.set(k, [[t, v]]);
    }
  }

  /** false when text.slice(s, e) is surely not listed */
  admits(text: string, s: number, e: number): boolean {
    const first = this.bits[codeAt(text, s)]!;
    if (first === 0) return false;
    const bit = lengthBit(e - s);
    return (first & bit) !== 0 && (this.lastBits[codeAt(text, e - 1)]! & bit) !== 0;
  }

  /** the value of text.slice(s, e), or undefined */
  get(text: string, s: number, e: number): V | undefined {
    if (e <= s || !this.admits(text, s, e)) return undefined;
    const list = this.buckets.get(codeAt(text, s) * 64 + Math.min(e - s, 63));
    if (!list) return undefined;
    for (const [t, v] of list) if (t.length === e - s && sameAt(text, s, t)) return v;
    return undefined;
  }

  has(text: string, s: number, e: number): boolean {
    return this.get(text, s, e) !== undefined;
  }
}

// tokenKey moves a tone off the first letter of "oà", "uỷ"…: a key opening with one of
// these may come from a token opening with the plain vowel
const SHIFTED_FIRST: Record<string, string> = { ò: 'o', ó: 'o', ỏ: 'o', õ: 'o', ọ: 'o', ù: 'u', ú: 'u', ủ: 'u', ũ: 'u', ụ: 'u' };

// per code unit below 0x2000: its lower-case letter without marks: "Ò", "ò", "o" → "o".
// tokenKey keeps the letters of a token in place and only moves a tone mark ("oà" → "òa"), so the bare letters of a token and its key agree.
const BASE_LIMIT = 0x2000;
const baseLetter = codeTable(new Uint16Array(BASE_LIMIT), (c) => {
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.normalize('NFD').charCodeAt(0) : c;
});

const prefixSlot = (b0: number, b1: number, b2: number): number => (((b0 * 31 + b1) * 31) ^ b2) & 0xffff;

/**
 * The same filter in front of a set of tokenKey keys, read off the raw token: its first
 * code unit in either case and its length, then the bare letters of its first three units
 * and its length ("Công", "Ban" open like "Cà Mau", "Bình" but go on otherwise). tokenKey
 * keeps the length, except for "İ", whose lower case is two units: a token holding one is
 * always admitted; so is one whose first units lie past the Latin and Vietnamese letters.
 */
export class KeyGate {
  private readonly bits = new Uint8Array(65536);
  /** length bits by prefixSlot of the first three bare letters (0 past the key's end) */
  private readonly prefixes = new Uint8Array(65536);

  constructor(keys: Iterable<string>) {
    const byFirst = new Map<number, number>();
    const mark = (c: number, len: number) => byFirst.set(c, (byFirst.get(c) ?? 0) | lengthBit(len));
    for (const k of keys) {
      if (!k) continue;
      mark(k.charCodeAt(0), k.length);
      const plain = SHIFTED_FIRST[k.charAt(0)];
      if (plain) mark(plain.charCodeAt(0), k.length);
      const base = (i: number) => (i >= k.length ? 0 : k.charCodeAt(i) < BASE_LIMIT ? baseLetter(k.charCodeAt(i)) : 0);
      this.prefixes[prefixSlot(base(0), base(1), base(2))]! |= lengthBit(k.length);
    }
    // every code unit whose lower case opens with a marked unit; past the Latin and
    // Vietnamese ranges every unit is admitted (rare, and then the set decides)
    for (let c = 0; c < BASE_LIMIT; c++) {
      const b = byFirst.get(String.fromCharCode(c).toLowerCase().charCodeAt(0));
      if (b) this.bits[c] = b;
    }
    this.bits.fill(0xff, BASE_LIMIT);
  }

  /** false when tokenKey(text.slice(s, e)) is surely not in the set */
  admits(text: string, s: number, e: number): boolean {
    const bit = lengthBit(e - s);
    const c0 = codeAt(text, s);
    if ((this.bits[c0]! & bit) !== 0) {
      if (c0 >= BASE_LIMIT) return true;
      let b1 = 0;
      let b2 = 0;
      if (e - s >= 2) {
        const c1 = codeAt(text, s + 1);
        if (c1 >= BASE_LIMIT) return true;
        b1 = baseLetter(c1);
        if (e - s >= 3) {
          const c2 = codeAt(text, s + 2);
          if (c2 >= BASE_LIMIT) return true;
          b2 = baseLetter(c2);
        }
      }
      if ((this.prefixes[prefixSlot(baseLetter(c0), b1, b2)]! & bit) !== 0) return true;
    }
    for (let i = s; i < e; i++) if (codeAt(text, i) === 0x130) return true;
    return false;
  }
}

const HYPHEN_SEP = /^\s*[-–—]\s*$/;

/**
 * The lookup key of a phrase: folded tokens joined by " ", or by " - " where the phrase
 * has a hyphen ("Bà Rịa - Vũng Tàu" and "Bà Rịa-Vũng Tàu" share a key, "Phú - Thọ" is
 * not "Phú Thọ"). The scanner builds the same key from the text.
 */
export function keyOf(phrase: string): string {
  const { t, s, e } = tokenize(phrase);
  let key = '';
  for (let i = 0; i < t.length; i++) {
    if (i > 0) key += HYPHEN_SEP.test(phrase.slice(e[i - 1]!, s[i]!)) ? ' - ' : ' ';
    key += tokenKey(t[i]!);
  }
  return key;
}

/** Case variants of a cue phrase: as written, Capitalised, UPPER. */
function caseVariants(p: string): string[] {
  const cap = p.charAt(0).toUpperCase() + p.slice(1);
  return [...new Set([p, cap, p.toUpperCase()])];
}

function endsWithPhrase(phrases: string[], tail: string, extraAlt = ''): RegExp {
  if (!phrases.length && !extraAlt) return /(?!)/; // an empty list matches nothing
  const alts = phrases
    .flatMap(caseVariants)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .concat(extraAlt ? [extraAlt] : [])
    .join('|');
  return new RegExp(`(?:^|[^\\p{L}\\p{M}\\p{N}])(?:${alts})${tail}$`, 'u');
}

export function compilePlaceRules(
  file: z.output<typeof PlaceRulesFile>,
  unitsFile: z.output<typeof PlaceUnitsFile>,
): PlaceRules {
  const mergedInto = new Map<string, string>();
  const provinces2025 = new Set(file.provinces2025.map((p) => p.name));
  const aliases = new Map<string, AliasHit[]>();
  const aliasFirst = new Map<string, number>();
  const unitsByKey = new Map<string, KnownUnit[]>();

  const addAlias = (surface: string, unit: KnownUnit, mode: AliasMode) => {
    const key = keyOf(surface);
    if (!key) return;
    const list = aliases.get(key) ?? [];
    if (!list.some((h) => h.unit === unit && h.mode === mode)) list.push({ unit, mode });
    aliases.set(key, list);
    const parts = key.split(' ').filter((p) => p !== '-');
    aliasFirst.set(parts[0]!, Math.max(aliasFirst.get(parts[0]!) ?? 0, parts.length));
  };
  const addUnitKey = (unit: KnownUnit) => {
    const k = keyOf(unit.name);
    unitsByKey.set(k, [...(unitsByKey.get(k) ?? []), unit]);
  };

  const provinces = new Map<string, KnownUnit>();
  for (const p of file.provinces) {
    if (!provinces2025.has(p.mergedInto)) {
      throw new RulesError(`places.json: ${p.name} is merged into ${p.mergedInto}, which is not one of provinces2025`);
    }
    if (mergedInto.has(p.name)) throw new RulesError(`places.json: province ${p.name} listed twice`);
    mergedInto.set(p.name, p.mergedInto);
    const unit: KnownUnit = { name: p.name, level: p.level, province: p.name, province2025: p.mergedInto, kind: 'province' };
    provinces.set(p.name, unit);
    addUnitKey(unit);
    addAlias(p.name, unit, p.noBare ? 'level' : 'bare');
    for (const a of p.aliases) addAlias(a, unit, 'bare');
    for (const a of p.aliasesNeedLevel) addAlias(a, unit, 'level');
    for (const a of p.strictAliases) addAlias(a, unit, 'strict');
  }
  for (const n of provinces2025) {
    if (![...mergedInto.values()].includes(n)) throw new RulesError(`places.json: no former province is merged into ${n}`);
  }

  const bare = new Set(unitsFile.bare.map(keyOf));
  const unitAliases = new Map(Object.entries(unitsFile.aliases).map(([k, v]) => [keyOf(k), v] as const));
  const addKnown = (unit: KnownUnit) => {
    addUnitKey(unit);
    const k = keyOf(unit.name);
    const mode: AliasMode = bare.has(k) && unit.kind !== 'zone' ? 'bare' : 'level';
    addAlias(unit.name, unit, mode);
    for (const a of unitAliases.get(k) ?? []) addAlias(a, unit, mode);
  };
  const levelSet = new Set<string>(LocationLevel.options);
  for (const g of unitsFile.units) {
    const p2025 = mergedInto.get(g.province);
    if (!p2025) throw new RulesError(`places-units.json: unknown former province ${g.province}`);
    for (const [lvl, names] of Object.entries(g)) {
      if (lvl === 'province') continue;
      if (!levelSet.has(lvl)) throw new RulesError(`places-units.json: unknown level ${lvl} under ${g.province}`);
      for (const name of names as string[]) {
        addKnown({
          name,
          level: lvl as Level,
          province: g.province,
          province2025: p2025,
          kind: lvl === 'thành phố' || lvl === 'thị xã' ? 'city' : 'district',
        });
      }
    }
  }
  for (const z of unitsFile.specialZones) {
    const p2025 = mergedInto.get(z.province);
    if (!p2025) throw new RulesError(`places-units.json: unknown former province ${z.province}`);
    addKnown({ name: z.name, level: 'đặc khu', province: z.province, province2025: p2025, kind: 'zone' });
  }

  const levelWords = new Map<string, LevelWord[]>();
  const levelAbbrevs = new Map<string, LevelWord>();
  const committees = new Map<string, Level>();
  const levelFirst = new Set<string>();
  for (const l of file.levels) {
    for (const w of [...l.words, ...l.committees]) {
      const first = splitTokens(w)[0]!.toLowerCase();
      for (const v of caseVariants(first)) levelFirst.add(v);
    }
    for (const w of l.words) {
      const tokens = splitTokens(w).map(tokenKey);
      const lw: LevelWord = { tokens, level: l.level, abbreviation: false, generic: l.generic, numbered: l.numbered };
      const list = levelWords.get(tokens[0]!) ?? [];
      list.push(lw);
      list.sort((a, b) => b.tokens.length - a.tokens.length); // "thị xã" before "thị"
      levelWords.set(tokens[0]!, list);
    }
    for (const a of l.abbreviations) {
      levelAbbrevs.set(a, { tokens: [a], level: l.level, abbreviation: true, generic: l.generic, numbered: l.numbered });
    }
    for (const c of l.committees) committees.set(keyOf(c), l.level);
  }

  const notPlaces = new Set(file.notPlaces.map(keyOf));
  const notPlacesFirst = new Set([...notPlaces].map((k) => k.split(' ')[0]!));

  return {
    aliases,
    aliasFirst,
    levelWords,
    levelFirst,
    levelGate: new TokenIndex([...levelFirst, ...levelAbbrevs.keys()].map((t) => [t, true] as const)),
    levelFirstIndex: new TokenIndex([...levelFirst].map((t) => [t, true] as const)),
    levelAbbrevIndex: new TokenIndex(levelAbbrevs),
    aliasGate: new KeyGate(aliasFirst.keys()),
    bareGate: new KeyGate([...aliasFirst.keys(), ...notPlacesFirst]),
    levelAbbrevs,
    committees,
    committeeSecondGate: new KeyGate([...committees.keys()].map((k) => k.split(' ')[1] ?? '')),
    notPlaces,
    notPlacesFirst,
    notAfter: endsWithPhrase(
      file.notAfter,
      '(?:(?: [\\p{Lu}\\p{N}][\\p{Lu}\\p{N}]+){0,2} ?|(?: \\p{Lu}[\\p{L}\\p{M}]*){1,4} ?[-–] ?)',
    ),
    companyCue: new RegExp(
      `(?:^|[^\\p{L}\\p{M}])(?:${file.companyCues.flatMap(caseVariants).map(escapeRegExp).join('|') || '(?!)'})(?![\\p{L}\\p{M}])`,
      'gu',
    ),
    clauseLink: new RegExp(`(?:^| )(?:${file.clauseLinks.map(escapeRegExp).join('|') || '(?!)'})(?= )`, 'u'),
    notAfterException: endsWithPhrase(file.notAfterExceptions, ' ?'),
    notBefore: new Set(file.notBefore.map(keyOf)),
    surnames: new Set(file.personCues.surnames),
    middleNames: new Set(file.personCues.middleNames),
    levelNotAfter: new Map(
      Object.entries(file.levelNotAfter).map(([lvl, words]) => [lvl as Level, endsWithPhrase(words, ' ')] as const),
    ),
    honorific: endsWithPhrase(file.personCues.honorifics, ' '),
    nameStopWords: new Set(file.nameStopWords.map(keyOf)),
    genericNotName: new RegExp(
      `^(?:${file.genericNotNames.map(escapeRegExp).join('|') || '(?!)'})(?![\\p{L}\\p{M}])`,
      'iu',
    ),
    plural: endsWithPhrase(file.pluralMarkers, ' ', '\\p{N}+'),
    former: new RegExp(
      `^\\s*(?:\\(\\s*)?(?:${file.formerMarkers.map(escapeRegExp).join('|') || 'cũ'})(?![\\p{L}\\p{M}])`,
      'u',
    ),
    numberedUnitProvince: new Map(Object.entries(file.numberedUnitProvince) as [Level, string][]),
    provinces,
    mergedInto,
    provinces2025,
    unitsByKey,
  };
}

export function loadPlaceRules(dir: string): PlaceRules {
  const file = readRuleFile(dir, 'places.json', PlaceRulesFile);
  const units = readRuleFile(dir, 'places-units.json', PlaceUnitsFile);
  return compilePlaceRules(file, units);
}
