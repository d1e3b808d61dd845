import { compile } from 'css-select';
import { isTraversal, parse, type Selector } from 'css-what';
import type { AnyNode, Element } from 'domhandler';

/**
 * Outlet-profile selectors (rules/outlets.json, written by users) are real CSS: css-what
 * parses them and css-select — the engine behind cheerio's `$(sel)` — compiles them into
 * matcher functions, once, when the rules load. Any selector css-select knows works
 * (combinators, attribute operators and flags, :not(), :has(), :is(), :nth-child(), …);
 * anything it cannot compile is a rules error at load (cheerio's jQuery-only positionals
 * such as :first or :eq() are not CSS and are refused).
 *
 * Why not `$(sel)` per page: measured on the corpus pages, a query walk over <body> costs
 * ≈ 0.15 ms per page before any test (the domutils walk alone), and cheerio compiles the
 * selector string again on every call; the parser already walks every element once for
 * its generic scan, so the compiled matchers are tested there (SelectorIndex), only
 * against the selectors whose subject can match the element.
 */

/** One complex selector (one item of a comma list), compiled. */
interface Part {
  /** what the subject requires: an id, else a class, else a tag (null: nothing cheap to file it under) */
  id: string | null;
  cls: string | null;
  tag: string | null;
  test: (el: Element) => boolean;
}

/** A selector list, compiled: its items one by one (so they can be filed by subject). */
export interface CompiledSelector {
  source: string;
  parts: Part[];
}

export class SelectorError extends Error {}

/** The cheap requirement of a complex selector's subject (its last compound). */
function subjectKey(tokens: Selector[]): Pick<Part, 'id' | 'cls' | 'tag'> {
  let start = tokens.length;
  while (start > 0 && !isTraversal(tokens[start - 1]!)) start--;
  let id: string | null = null;
  let cls: string | null = null;
  let tag: string | null = null;
  for (let i = start; i < tokens.length; i++) {
    const t = tokens[i]!;
    // an explicit "i" flag makes the test case-insensitive: not fileable by exact key
    if (t.type === 'attribute' && t.ignoreCase !== true && t.namespace === null) {
      if (t.name === 'id' && t.action === 'equals' && id === null) id = t.value;
      else if (t.name === 'class' && t.action === 'element' && cls === null && t.value && !/\s/.test(t.value)) cls = t.value;
    } else if (t.type === 'tag' && t.namespace === null && tag === null) tag = t.name.toLowerCase();
  }
  return id !== null ? { id, cls: null, tag: null } : cls !== null ? { id: null, cls, tag: null } : { id: null, cls: null, tag };
}

/** Compile a selector list, or throw SelectorError with css-what's / css-select's reason. */
export function compileSelector(list: string): CompiledSelector {
  if (!list.trim()) throw new SelectorError('empty selector');
  try {
    const parts = parse(list).map((tokens): Part => {
      // css-what accepts a trailing combinator ("div >"), which is not CSS
      const last = tokens[tokens.length - 1];
      if (!last || isTraversal(last)) throw new SelectorError('a selector ends in a combinator');
      // the key first: css-select may reorder a compound's tokens while compiling
      const key = subjectKey(tokens);
      return { ...key, test: compile<AnyNode, Element>([tokens]) };
    });
    return { source: list, parts };
  } catch (e) {
    throw new SelectorError(`"${list}": ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** null when the list compiles, else why not (for the rules' zod check). */
export function selectorProblem(list: string): string | null {
  try {
    compileSelector(list);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

export function matches(el: Element, sel: CompiledSelector): boolean {
  for (const p of sel.parts) if (p.test(el)) return true;
  return false;
}

/**
 * Many selector lists (one per role) tested against every element of a page: each
 * complex selector is filed under what its subject requires (an id, else a class, else
 * its tag; the rest under "any"), so an element is only tested against the selectors
 * that can match it. The test itself is css-select's. match() gives the bit (1 << i) of
 * every list i that matches.
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
      for (const p of list?.parts ?? []) {
        const e: Entry = { bit: 1 << i, test: p.test };
        if (p.id !== null) push(this.byId, p.id, e);
        else if (p.cls !== null) push(this.byClass, p.cls, e);
        else if (p.tag !== null) push(this.byTag, p.tag, e);
        else this.any.push(e);
      }
    });
  }

  match(el: Element): number {
    let bits = 0;
    const a = el.attribs;
    if (a.id !== undefined) bits = test(el, this.byId.get(a.id), bits);
    if (a.class) bits = test(el, this.classEntries(a.class), bits);
    bits = test(el, this.byTag.get(el.name), bits);
    return test(el, this.any, bits);
  }

  private classEntries(cls: string): Entry[] | undefined {
    let hit = this.classMemo.get(cls);
    if (hit === undefined) {
      hit = [];
      // the words as css-select's class test splits them (at white space)
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
  test: (el: Element) => boolean;
}

function test(el: Element, entries: Entry[] | undefined, bits: number): number {
  if (!entries) return bits;
  for (const e of entries) if ((bits & e.bit) === 0 && e.test(el)) bits |= e.bit;
  return bits;
}

function push(m: Map<string, Entry[]>, k: string, e: Entry): void {
  const l = m.get(k);
  if (l) l.push(e);
  else m.set(k, [e]);
}
