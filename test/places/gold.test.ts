/**
 * Locations F1 over the gold articles (SPEC §3: F1 over canonical names), fed with the
 * gold's own title/paragraphs/captions so that this area is measured on its own.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED, HAS_SHARED } from '../shared.js';
import { loadRules } from '../../src/rules/index.js';
import { extractLocations } from '../../src/extract/places/index.js';
import { foldKey } from '../../src/normalise/text.js';

const norm = (s: string) => foldKey(s.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/[.,:;]+$/, ''));

describe.skipIf(!HAS_SHARED)('locations against gold', () => {
  it('reaches F1 ≥ 0.90 over canonical names on seeds + html gold', () => {
    const rules = loadRules();
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const sub of ['seeds', 'html']) {
      const dir = join(SHARED, 'gold', sub);
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
        const e = JSON.parse(readFileSync(join(dir, f), 'utf8')).expect;
        if (!e.locations) continue;
        const got = extractLocations({ title: e.title ?? null, paragraphs: e.paragraphs ?? [], captions: e.captions ?? [] }, rules);
        const want: string[] = e.locations.map((l: { name: string }) => norm(l.name));
        for (const g of got.map((l) => norm(l.name))) {
          const i = want.indexOf(g);
          if (i >= 0) {
            want.splice(i, 1);
            tp++;
          } else fp++;
        }
        fn += want.length;
      }
    }
    expect(tp).toBeGreaterThan(0);
    const p = tp / (tp + fp);
    const r = tp / (tp + fn);
    expect((2 * p * r) / (p + r)).toBeGreaterThanOrEqual(0.9);
  });
});
