/**
 * Where a figure or a citation may start: literal phrases ("Nghị quyết", "hai") at a word
 * start, and digits. The extractors used to run one alternation regex ("[Cc]hương
 * trình|[Nn]ghị quyết|…") at every position of the text and then drop the matches that do
 * not start a word; V8 tries each of the ~40 branches at each position. Here the phrases
 * are compiled (at load time, from the rule lists) into a prefix tree behind a "non-word
 * character" class, so the native scan tests one character class per position and enters
 * the tree only at word starts; the phrase that the old alternation would have chosen is
 * then picked in JS, in the rules' order (`matchAt`), so the results are the same.
 */
import { isDigitCode, isWordCode } from './words.js';

/** A literal phrase; `eitherCase`: its first letter matches in either case ("[Hh]ai"). */
export interface Alternative {
  text: string;
  eitherCase: boolean;
}

export interface StartOptions {
  /** a digit starts something even inside a word ("G20", "COVID-19": the caller decides) */
  digitsInWords: boolean;
  /** another pattern that may open at a word start (regex source, no captures) */
  extra?: string;
}

export class StartFinder {
  /** the text of each alternative after its first character, as char codes */
  private readonly rests: Uint16Array[];
  /** length of each alternative */
  readonly lengths: Int32Array;
  /** alternatives by first character, in the given order */
  private readonly byFirst = new Map<number, Int32Array>();
  /** global: a digit (with digitsInWords), or a non-word character before a start */
  private readonly finder: RegExp;
  /** sticky: a start at position 0 */
  private readonly atZero: RegExp;

  constructor(alternatives: Alternative[], options: StartOptions) {
    this.rests = alternatives.map((a) => codesOf(a.text.slice(1)));
    this.lengths = Int32Array.from(alternatives, (a) => a.text.length);
    const lists = new Map<number, number[]>();
    const spelled: string[] = [];
    alternatives.forEach((a, k) => {
      for (const first of firstChars(a)) {
        const code = first.charCodeAt(0);
        const list = lists.get(code);
        if (list) list.push(k);
        else lists.set(code, [k]);
        spelled.push(first + a.text.slice(1));
      }
    });
    for (const [code, list] of lists) this.byFirst.set(code, Int32Array.from(list));
    const body = [treeSource(spelled), ...(options.extra ? [options.extra] : [])].join('|');
    const digits = options.digitsInWords ? '[0-9]|' : '';
    // the lookahead keeps the match one character long, so lastIndex tells where it is
    this.finder = new RegExp(`${digits}[${nonWordClass()}](?=${body})`, 'g');
    this.atZero = new RegExp(`${digits}(?=${body})`, 'y');
  }

  /**
   * The first position at or after `from` where something may start: a word start where
   * an alternative or the extra pattern matches, or a digit with digitsInWords; -1 if none.
   */
  nextStart(s: string, from: number): number {
    if (from >= s.length) return -1;
    if (from === 0) {
      this.atZero.lastIndex = 0;
      if (this.atZero.test(s)) return 0;
      from = 1;
    }
    // the non-word character before `from` may be the one the finder needs
    this.finder.lastIndex = from - 1;
    let p = this.found(s);
    // a digit at from - 1: look again from `from` (which then is no word start)
    if (p >= 0 && p < from) p = this.found(s);
    return p;
  }

  private found(s: string): number {
    if (!this.finder.test(s)) return -1;
    const e = this.finder.lastIndex;
    return isDigitCode(s.charCodeAt(e - 1)) ? e - 1 : e;
  }

  /** index of the first alternative (in the given order) written at s[i], or -1 */
  matchAt(s: string, i: number): number {
    const list = this.byFirst.get(s.charCodeAt(i));
    if (list === undefined) return -1;
    outer: for (let k = 0; k < list.length; k++) {
      const alt = list[k]!;
      const rest = this.rests[alt]!;
      if (i + 1 + rest.length > s.length) continue;
      for (let j = 0; j < rest.length; j++) if (s.charCodeAt(i + 1 + j) !== rest[j]) continue outer;
      return alt;
    }
    return -1;
  }
}

/** the first characters an alternative matches with: "[Hh]" as the regex class had it */
function firstChars(a: Alternative): string[] {
  const c = a.text.charAt(0);
  if (!a.eitherCase) return [c];
  return [...new Set([...(c.toUpperCase() + c.toLowerCase())])];
}

function codesOf(s: string): Uint16Array {
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

interface Node {
  end: boolean;
  kids: Map<string, Node>;
}

/** "chương trình", "chỉ thị" → "ch(?:ương trình|ỉ thị)": a prefix tree as regex source */
function treeSource(words: string[]): string {
  const root: Node = { end: false, kids: new Map() };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let next = node.kids.get(ch);
      if (!next) node.kids.set(ch, (next = { end: false, kids: new Map() }));
      node = next;
    }
    node.end = true;
  }
  return nodeSource(root);
}

function nodeSource(node: Node): string {
  // characters with the same continuation share a class: "[Cc]ác luật"
  const byRest = new Map<string, string[]>();
  for (const [ch, kid] of node.kids) {
    const rest = nodeSource(kid);
    const chars = byRest.get(rest);
    if (chars) chars.push(ch);
    else byRest.set(rest, [ch]);
  }
  const alts = [...byRest].map(([rest, chars]) => (chars.length === 1 ? escapeChar(chars[0]!) : `[${chars.map(escapeChar).join('')}]`) + rest);
  if (node.end) alts.push('');
  if (alts.length === 0) return '';
  return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
}

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

/** the UTF-16 units that are not word characters (isWordCode), as a regex class body */
function nonWordClass(): string {
  let out = '';
  for (let c = 0; c <= 0xffff; c++) {
    if (isWordCode(c)) continue;
    let e = c;
    while (e < 0xffff && !isWordCode(e + 1)) e++;
    out += e === c ? hex(c) : `${hex(c)}-${hex(e)}`;
    c = e;
  }
  return out;
}
