import type { Element } from 'domhandler';

/**
 * A small CSS selector matcher for outlet profiles, compiled once at rule load and
 * tested during the one document scan (no extra DOM walk per selector).
 *
 * Supported: selector lists (","), descendant (" ") and child (">") combinators, and
 * compounds of a tag or "*", ".class", "#id", "[attr]", "[attr=v]", "[attr*=v]",
 * "[attr^=v]", "[attr$=v]", "[attr~=v]" (values bare or quoted). Anything else is
 * rejected when the rules load, so a profile never silently matches nothing.
 */

interface AttrTest {
  name: string;
  op: '' | '=' | '*=' | '^=' | '$=' | '~=';
  value: string;
}

interface Compound {
  tag: string | null;
  id: string | null;
  classes: string[];
  attrs: AttrTest[];
}

/** Right to left: parts[0] is the subject; combinators[i] joins parts[i] to parts[i+1]. */
interface Complex {
  parts: Compound[];
  combinators: ('>' | ' ')[];
}

export type CompiledSelector = Complex[];

export class SelectorError extends Error {}

const IDENT = /^-?[_a-zA-Z\u00a0-\uffff][-_a-zA-Z0-9\u00a0-\uffff]*/;

function parseCompound(s: string, at: number): [Compound, number] {
  const c: Compound = { tag: null, id: null, classes: [], attrs: [] };
  let i = at;
  const tag = /^(\*|[a-zA-Z][a-zA-Z0-9-]*)/.exec(s.slice(i));
  if (tag) {
    c.tag = tag[1] === '*' ? null : tag[1]!.toLowerCase();
    i += tag[0].length;
  }
  for (;;) {
    const ch = s[i];
    if (ch === '.' || ch === '#') {
      const m = IDENT.exec(s.slice(i + 1));
      if (!m) throw new SelectorError(`bad ${ch === '.' ? 'class' : 'id'} at ${i} in "${s}"`);
      if (ch === '.') c.classes.push(m[0]);
      else c.id = m[0];
      i += 1 + m[0].length;
    } else if (ch === '[') {
      const m = /^\[\s*([-_a-zA-Z0-9:]+)\s*(?:([*^$~]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]+))\s*)?\]/.exec(s.slice(i));
      if (!m) throw new SelectorError(`bad attribute test at ${i} in "${s}"`);
      c.attrs.push({ name: m[1]!.toLowerCase(), op: (m[2] ?? '') as AttrTest['op'], value: m[3] ?? m[4] ?? m[5] ?? '' });
      i += m[0].length;
    } else break;
  }
  if (i === at) throw new SelectorError(`unsupported selector syntax at ${i} in "${s}"`);
  return [c, i];
}

function parseComplex(s: string): Complex {
  const parts: Compound[] = [];
  const combs: ('>' | ' ')[] = [];
  let i = 0;
  const src = s.trim();
  while (i < src.length) {
    const [c, next] = parseCompound(src, i);
    parts.push(c);
    i = next;
    let comb: '>' | ' ' | null = null;
    while (i < src.length && /\s/.test(src[i]!)) {
      comb = ' ';
      i++;
    }
    if (src[i] === '>') {
      comb = '>';
      i++;
      while (i < src.length && /\s/.test(src[i]!)) i++;
    }
    if (i < src.length) {
      if (!comb) throw new SelectorError(`unsupported selector syntax at ${i} in "${s}"`);
      combs.push(comb);
    } else if (comb === '>') throw new SelectorError(`dangling ">" in "${s}"`);
  }
  if (parts.length === 0) throw new SelectorError(`empty selector in "${s}"`);
  return { parts: parts.reverse(), combinators: combs.reverse() };
}

export function compileSelector(list: string): CompiledSelector {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(parseComplex);
}

function hasToken(list: string, token: string): boolean {
  let from = 0;
  for (;;) {
    const i = list.indexOf(token, from);
    if (i < 0) return false;
    const before = i === 0 ? ' ' : list[i - 1]!;
    const after = i + token.length >= list.length ? ' ' : list[i + token.length]!;
    if (/\s/.test(before) && /\s/.test(after)) return true;
    from = i + 1;
  }
}

function matchCompound(el: Element, c: Compound): boolean {
  if (c.tag !== null && el.name !== c.tag) return false;
  const a = el.attribs;
  if (c.id !== null && a.id !== c.id) return false;
  if (c.classes.length) {
    const cls = a.class;
    if (!cls) return false;
    for (const k of c.classes) if (!hasToken(cls, k)) return false;
  }
  for (const t of c.attrs) {
    const v = a[t.name];
    if (v === undefined) return false;
    switch (t.op) {
      case '':
        break;
      case '=':
        if (v !== t.value) return false;
        break;
      case '*=':
        if (!v.includes(t.value)) return false;
        break;
      case '^=':
        if (!v.startsWith(t.value)) return false;
        break;
      case '$=':
        if (!v.endsWith(t.value)) return false;
        break;
      case '~=':
        if (!hasToken(v, t.value)) return false;
        break;
    }
  }
  return true;
}

function parentElement(el: Element): Element | null {
  const p = el.parent;
  return p && p.type === 'tag' ? (p as Element) : null;
}

function matchFrom(el: Element, cx: Complex, k: number): boolean {
  if (!matchCompound(el, cx.parts[k]!)) return false;
  if (k === cx.parts.length - 1) return true;
  const comb = cx.combinators[k]!;
  if (comb === '>') {
    const p = parentElement(el);
    return !!p && matchFrom(p, cx, k + 1);
  }
  for (let p = parentElement(el); p; p = parentElement(p)) if (matchFrom(p, cx, k + 1)) return true;
  return false;
}

export function matches(el: Element, sel: CompiledSelector): boolean {
  for (const cx of sel) if (matchFrom(el, cx, 0)) return true;
  return false;
}

/**
 * Many selector lists (one per role) tested against every element of a page: each
 * complex selector is filed under what its subject requires (an id, else its first
 * class, else its tag; the rest under "any"), so an element is only tested against the
 * selectors that can match it. match() gives the bit (1 << i) of every list i that matches.
 */
export class SelectorIndex {
  private byId = new Map<string, Entry[]>();
  private byClass = new Map<string, Entry[]>();
  private byTag = new Map<string, Entry[]>();
  private any: Entry[] = [];
  /** class attribute → the byClass entries of its words (class strings repeat a lot) */
  private classMemo = new Map<string, Entry[]>();

  constructor(lists: (CompiledSelector | undefined)[]) {
    lists.forEach((list, i) => {
      for (const cx of list ?? []) {
        const e: Entry = { bit: 1 << i, cx };
        const s = cx.parts[0]!;
        if (s.id !== null) push(this.byId, s.id, e);
        else if (s.classes.length) push(this.byClass, s.classes[0]!, e);
        else if (s.tag !== null) push(this.byTag, s.tag, e);
        else this.any.push(e);
      }
    });
  }

  match(el: Element): number {
    let bits = 0;
    const a = el.attribs;
    if (a.id !== undefined) bits = this.test(el, this.byId.get(a.id), bits);
    if (a.class) bits = this.test(el, this.classEntries(a.class), bits);
    bits = this.test(el, this.byTag.get(el.name), bits);
    return this.test(el, this.any, bits);
  }

  private test(el: Element, entries: Entry[] | undefined, bits: number): number {
    if (!entries) return bits;
    for (const e of entries) if ((bits & e.bit) === 0 && matchFrom(el, e.cx, 0)) bits |= e.bit;
    return bits;
  }

  private classEntries(cls: string): Entry[] | undefined {
    let hit = this.classMemo.get(cls);
    if (hit === undefined) {
      hit = [];
      for (const w of cls.split(/\s+/)) {
        const es = w ? this.byClass.get(w) : undefined;
        if (es) for (const e of es) if (!hit.includes(e)) hit.push(e);
      }
      if (this.classMemo.size > 20000) this.classMemo.clear();
      // a copy as the key: parser strings are slices of the whole page
      this.classMemo.set((' ' + cls).slice(1), hit);
    }
    return hit.length ? hit : undefined;
  }
}

interface Entry {
  bit: number;
  cx: Complex;
}

function push(m: Map<string, Entry[]>, k: string, e: Entry): void {
  const l = m.get(k);
  if (l) l.push(e);
  else m.set(k, [e]);
}
