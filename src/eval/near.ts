import { createRequire } from 'node:module';

/**
 * For --verbose: next to each missed gold item, the extra prediction that is most like it,
 * so a reader sees at once "missed 'Trần Thị Vĩnh Nghi', got 'Trần Thị Vĩnh'" instead of
 * two unrelated lists. natural's Jaro–Winkler distance (a well-kept implementation, good
 * on short strings that share a prefix, like names and positions) does the pairing.
 * Only the one module is loaded: natural's index pulls in its whole toolkit at start-up.
 * Scores are NOT affected: SPEC §3 matching stays exact; this is a reading aid.
 */
const jaroWinkler = createRequire(import.meta.url)('natural/lib/natural/distance/jaro-winkler_distance') as (
  a: string,
  b: string,
  options?: { ignoreCase?: boolean },
) => number;

/** how alike a miss and an extra must be to be shown as a near miss */
export const NEAR_MISS = 0.85;

export interface NearMiss {
  missed: string;
  closest: string;
  similarity: number;
}

/** each missed item paired with its most similar extra item, when one is similar enough */
export function nearMisses(missed: readonly string[], extra: readonly string[], threshold = NEAR_MISS): NearMiss[] {
  const out: NearMiss[] = [];
  if (!extra.length) return out;
  for (const m of missed) {
    let best = '';
    let bestScore = 0;
    for (const x of extra) {
      const s = jaroWinkler(...withoutSharedOwner(m, x), { ignoreCase: true });
      if (s > bestScore) {
        bestScore = s;
        best = x;
      }
    }
    if (bestScore >= threshold) out.push({ missed: m, closest: best, similarity: Math.round(bestScore * 100) / 100 });
  }
  return out;
}

/** "Name: position" items of one person are compared on their positions alone */
function withoutSharedOwner(a: string, b: string): [string, string] {
  const i = a.indexOf(': ');
  if (i > 0 && b.startsWith(a.slice(0, i + 2))) return [a.slice(i + 2), b.slice(i + 2)];
  return [a, b];
}
