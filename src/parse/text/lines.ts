import { hasFoldableSpace } from '../../normalise/text.js';
/** A stretch of text that reads as one piece: a paragraph, a caption, a widget line. */
export interface Unit {
  text: string;
  /** 1-based line number of its first line */
  line: number;
  /** how many source lines it joins */
  lines: number;
}

// the line does not end a sentence or a clause (tested on its last character: an
// end-anchored regex would be tried from every position of a long line)
const CLOSERS = '.!?…:;"”»)]\'’';
const openEnd = (t: string): boolean => t.length > 0 && !CLOSERS.includes(t.charAt(t.length - 1));
const commaEnd = (t: string): boolean => t.length > 0 && ',–-'.includes(t.charAt(t.length - 1));
const LOWER_START = /^[\p{Ll}]/u;

/**
 * Split a dump into units. A line continues the one right above it (no blank line
 * between) when that line is left open and this one reads as its continuation: it starts
 * in lower case, or the line above ends with a comma or dash. That joins captions and
 * paragraphs that a page broke over several lines ("Đồng chí A, Bí thư Tỉnh ủy" /
 * "phát biểu chào mừng hội nghị"), and nothing else.
 */
export function groupLines(text: string): Unit[] {
  const out: Unit[] = [];
  const lines = text.split('\n');
  let cur: Unit | null = null;
  // the lines of the current unit, joined once it closes (appending to one string and
  // reading its end made every join copy the whole unit: quadratic in a long run of lines);
  // `last` is its last line, so its end is the unit's end
  let parts: string[] = [];
  let last = '';
  const close = () => {
    if (cur && parts.length > 1) cur.text = parts.join(' ');
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = (hasFoldableSpace(line) ? line.replace(/\s+/g, ' ') : line).trim();
    if (!t) {
      close();
      cur = null;
      continue;
    }
    if (cur && openEnd(last) && (LOWER_START.test(t) || commaEnd(last))) {
      parts.push(t);
      last = t;
      cur.lines++;
      continue;
    }
    close();
    cur = { text: t, line: i + 1, lines: 1 };
    parts = [t];
    last = t;
    out.push(cur);
  }
  close();
  return out;
}
