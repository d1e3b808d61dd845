import { intern, phraseKeys, type Tok } from './tokens.js';

/**
 * Word classes of the phrase table. One phrase may belong to several classes
 * ("Ban" is an organisation head and a body word of titles), so classes are bit flags.
 */
export const C = {
  OFFICE: 1 << 0,
  PREFIX: 1 << 1,
  ADDR: 1 << 2, // ông, bà, đồng chí
  KIN: 1 << 3, // anh, chị…
  PROF: 1 << 4, // bác sĩ, Thượng tướng…
  PLACE: 1 << 5,
  COUNTRY: 1 << 6,
  PERSONPLACE: 1 << 7,
  BODY: 1 << 8,
  DESCBODY: 1 << 9,
  HEAD: 1 << 10,
  ORGWORD: 1 << 11,
  DESCWORD: 1 << 12,
  CONNECTOR: 1 << 13,
  NUMAFTER: 1 << 14,
  STOP: 1 << 15,
  ROLEVERB: 1 << 16,
  CHAIN: 1 << 17,
  BODYHEAD: 1 << 18,
  PLURAL: 1 << 19,
  ABBR: 1 << 20,
  LEVEL: 1 << 21,
  EPONYM: 1 << 22, // heads whose names are often a person's (Trường THPT Lê Quý Đôn)
  UNIT: 1 << 23, // a district, ward or street name: a place after a level word only
  CLAUSE: 1 << 24, // a capitalised word that opens a sentence ("Với", "Theo")
  ACTING: 1 << 26, // "Thừa quyền", "KT.": the office after it is signed for, not held
  ROLEADV: 1 << 25,
  MOTION: 1 << 27, // "về", "chuyển sang": a move to a place, then "làm" + the post there // "tiếp tục", "sau đó", "trước khi": may stand before a role verb
  OPENHEAD: 1 << 28, // "Cục", "Hội": a head whose own name runs on in lower-case words
  QUALIFIER: 1 << 29, // "tạm quyền", "danh dự": part of the office, between title and body
  TERM: 1 << 30, // "khóa", "nhiệm kỳ": a term of office follows ("khóa XI, XII", "nhiệm kỳ 2020-2025")
} as const;

/**
 * Marks of single words from the rules, computed once per distinct word by the word table
 * (a bit test per token instead of a Set lookup or a regex).
 */
export const M = {
  SURNAME: 1 << 0, // opens a Vietnamese name (names.json surnames, or H'/K'/Y' + letter)
  DEGREE: 1 << 1, // a degree or its dotted pieces (PGS.TS, BS.CK2, ThS)
  SUBJECT: 1 << 2, // offices.json subjectWords
  NOTNAME: 1 << 3, // names.json notNameWords
  FOREIGN: 1 << 4, // no Vietnamese syllable (Biden, Grant)
  NONAME: 1 << 5, // has a dot, digit, "&" or "/": never a word of a name
  GIVEN: 1 << 6, // names.json givenNameWords: a clause opener that is also a given name ("Anh")
} as const;

export interface Entry {
  keys: string[];
  /** keys.length: the number of tokens the phrase covers */
  len: number;
  flags: number;
  /** canonical written form for address honorifics, expansion for abbreviations */
  value?: string;
}

/** a phrase found in the text: its entry (no object is made per match) */
export type Match = Entry;

/**
 * A phrase table keyed by the first word's key. Lookups walk the (few) phrases that
 * start with the token's key, longest first, so a scan costs one Map lookup per token.
 */
export class Lexicon {
  private byFirst = new Map<string, Entry[]>();
  private all = new Map<string, Entry>();
  /** union of the classes of every phrase starting with a key: one lookup per token */
  private firstFlags = new Map<string, number>();
  add(phrase: string, flags: number, value?: string): void {
    const keys = phraseKeys(phrase).map(intern);
    if (keys.length === 0) return;
    const id = keys.join(' ');
    this.firstFlags.set(keys[0]!, (this.firstFlags.get(keys[0]!) ?? 0) | flags);
    const have = this.all.get(id);
    if (have) {
      have.flags |= flags;
      if (value !== undefined && have.value === undefined) have.value = value;
      return;
    }
    const e: Entry = { keys, len: keys.length, flags, value };
    this.all.set(id, e);
    const list = this.byFirst.get(keys[0]!) ?? [];
    list.push(e);
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.byFirst.set(keys[0]!, list);
  }

  /** classes of the phrases that start with this token's key (0: none) */
  startFlags(key: string): number {
    return this.firstFlags.get(key) ?? 0;
  }

  /** the phrases that start with this key, longest first */
  phrasesAt(key: string): Entry[] | null {
    return this.byFirst.get(key) ?? null;
  }

  /** longest phrase of one of `mask`'s classes starting at token i */
  match(toks: Tok[], i: number, mask: number): Match | null {
    return this.scan(toks, i, mask, false);
  }

  /**
   * Longest phrase of `mask`'s classes at i whose words after the first are written in lower
   * case: a verb phrase, not the start of a title ("giữ chức Vụ trưởng" is "giữ chức" +
   * "Vụ trưởng", not "giữ chức vụ" + "trưởng").
   */
  matchLower(toks: Tok[], i: number, mask: number): Match | null {
    return this.scan(toks, i, mask, true);
  }

  private scan(toks: Tok[], i: number, mask: number, lowerTail: boolean): Match | null {
    const t = toks[i];
    if (!t || (t.f & mask) === 0) return null;
    const list = t.p ?? this.byFirst.get(t.k);
    if (!list) return null;
    // indexed loops: this runs several times per token, and must allocate nothing
    outer: for (let x = 0; x < list.length; x++) {
      const e = list[x]!;
      if ((e.flags & mask) === 0) continue;
      if (i + e.len > toks.length) continue;
      for (let j = 1; j < e.len; j++) {
        const u = toks[i + j]!;
        if (u.k !== e.keys[j] || (lowerTail && u.cap)) continue outer;
      }
      return e;
    }
    return null;
  }

  /** flags of the exact phrase, 0 when unknown */
  flagsOf(phrase: string): number {
    return this.all.get(phraseKeys(phrase).join(' '))?.flags ?? 0;
  }
}
