/** A stretch of text that reads as one piece: a paragraph, a caption, a widget line. */
export interface Unit {
  text: string;
  /** 1-based line number of its first line */
  line: number;
  /** how many source lines it joins */
  lines: number;
}

// the line does not end a sentence or a clause
const OPEN_END = /[^.!?…:;"”»)\]'’]$/u;
const COMMA_END = /[,–-]$/u;
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
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.replace(/\s+/g, ' ').trim();
    if (!t) {
      cur = null;
      continue;
    }
    if (cur && OPEN_END.test(cur.text) && (LOWER_START.test(t) || COMMA_END.test(cur.text))) {
      cur.text += ' ' + t;
      cur.lines++;
      continue;
    }
    cur = { text: t, line: i + 1, lines: 1 };
    out.push(cur);
  }
  return out;
}
