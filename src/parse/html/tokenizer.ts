import { parseDocument, Tokenizer } from 'htmlparser2';
import type { Document } from 'domhandler';

/**
 * htmlparser2's tokenizer with its idle loops skipped. The stock tokenizer goes through
 * its state switch once per character; in text, in quoted attribute values and inside
 * <script>/<style>/comments most characters change nothing. Here those runs are jumped
 * over in one tight loop (or indexOf) to the next character that matters, and the stock
 * code handles that character as before. The states, the callbacks and so the tree are
 * the stock parser's (test/html/tokenizer.test.ts compares them on awkward markup).
 *
 * The overridden methods are internals of htmlparser2 10 (not typed as public). If a
 * later version renames them, FAST_OK is false and the stock tokenizer is used.
 */

interface TokState {
  buffer: string;
  index: number;
  offset: number;
}

type StateFn = (this: TokState, c: number) => void;

const proto = Tokenizer.prototype as unknown as Record<string, unknown>;
const stockText = proto.stateText as StateFn | undefined;
const stockAttr = proto.handleInAttributeValue as ((this: TokState, c: number, quote: number) => void) | undefined;
const probe = new (Tokenizer as unknown as new (o: object, cbs: object) => Partial<TokState>)({}, {});
const FAST_OK =
  typeof stockText === 'function' &&
  typeof stockAttr === 'function' &&
  typeof proto.fastForwardTo === 'function' &&
  typeof proto.parse === 'function' &&
  typeof probe.buffer === 'string' &&
  typeof probe.index === 'number' &&
  typeof probe.offset === 'number';

const LT = 60; // <
const AMP = 38; // &

class FastTokenizer extends (Tokenizer as unknown as new (o: object, cbs: object) => TokState) {
  /** As the stock method (advance to the next `c`, or to the last character), by indexOf. */
  fastForwardTo(c: number): boolean {
    const at = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
    if (at >= 0) {
      this.index = at + this.offset;
      return true;
    }
    this.index = this.buffer.length + this.offset - 1;
    return false;
  }

  /** Text: only `<` and `&` do anything; jump to the one before the next of them. */
  stateText(c: number): void {
    if (c === LT || c === AMP) stockText!.call(this, c);
    else this.skipToBefore(LT, AMP);
  }

  /** Quoted attribute values: only the quote and `&` do anything. */
  handleInAttributeValue(c: number, quote: number): void {
    if (c === quote || c === AMP) stockAttr!.call(this, c, quote);
    else this.skipToBefore(quote, AMP);
  }

  /** Move to the character before the next `a` or `b` (or to the buffer's last one). */
  private skipToBefore(a: number, b: number): void {
    const buf = this.buffer;
    const n = buf.length;
    let i = this.index - this.offset + 1;
    while (i < n) {
      const d = buf.charCodeAt(i);
      if (d === a || d === b) break;
      i++;
    }
    // the parse loop moves on by one after every state call
    this.index = i - 1 + this.offset;
  }
}

const OPTIONS = FAST_OK ? { Tokenizer: FastTokenizer as unknown as typeof Tokenizer } : {};

/** The page as htmlparser2's DOM (the same tree as `parseDocument(html)`). */
export function parseDom(html: string): Document {
  return parseDocument(html, OPTIONS);
}

/** For the tests: the stock parse, and whether the fast tokenizer is in use. */
export function parseDomStock(html: string): Document {
  return parseDocument(html);
}
export const fastTokenizerInUse = FAST_OK;
