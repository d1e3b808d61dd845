/**
 * The figures and documents of the gold files (SPEC §3 scoring), run on the gold's own
 * title/paragraphs/captions so the score does not depend on the structure extractor.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED, HAS_SHARED } from '../shared.js';
import { extractFigures } from '../../src/extract/figures/index.js';
import { extractDocuments } from '../../src/extract/documents/index.js';
import { foldKey } from '../../src/normalise/text.js';
import { figureDocumentRules } from './helpers.js';

const norm = (s: string | null | undefined) => (s == null ? null : foldKey(s).replace(/[.,:;]+$/, ''));
const unitsMatch = (a: string | null, b: string | null) => {
  const x = norm(a) ?? '';
  const y = norm(b) ?? '';
  return x === y || x.startsWith(y + ' ') || y.startsWith(x + ' ');
};

interface GoldFigure { value: number; unit: string | null; object: string | null }
interface GoldDoc { kind: string; number: string | null; date: string | null; raw?: string }

function goldFiles(): string[] {
  const out: string[] = [];
  for (const sub of ['seeds', 'html']) {
    const dir = join(SHARED, 'gold', sub);
    if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.json')) out.push(join(dir, f));
  }
  return out;
}

describe.skipIf(!HAS_SHARED)('gold figures and documents', () => {
  const rules = figureDocumentRules();
  let ftp = 0, ffp = 0, ffn = 0, objOk = 0, objN = 0;
  let dtp = 0, dfp = 0, dfn = 0, dateOk = 0;
  for (const file of goldFiles()) {
    const e = JSON.parse(readFileSync(file, 'utf8')).expect;
    const text = { title: e.title ?? null, paragraphs: e.paragraphs ?? [], captions: e.captions ?? [] };
    const figs = extractFigures(text, rules);
    const gold: GoldFigure[] = e.figures ?? [];
    const distinct = <T extends { value: number; unit: string | null }>(xs: T[]) =>
      xs.filter((x, i) => xs.findIndex((y) => y.value === x.value && unitsMatch(y.unit, x.unit)) === i);
    const gp = distinct(gold);
    const used = new Set<number>();
    for (const x of distinct(figs)) {
      const k = gp.findIndex((y, i) => !used.has(i) && y.value === x.value && unitsMatch(y.unit, x.unit));
      if (k < 0) { ffp++; continue; }
      used.add(k); ftp++;
      const go = norm(gp[k]!.object), oo = norm(x.object);
      objN++;
      if ((go === null && oo === null) || (go !== null && oo !== null && (go.includes(oo) || oo.includes(go)))) objOk++;
    }
    ffn += gp.length - used.size;
    const key = (d: GoldDoc) => `${norm(d.kind)}|${d.number === null ? norm(d.raw) : norm(d.number)}`;
    const gd = new Map<string, GoldDoc>((e.documents ?? []).map((d: GoldDoc) => [key(d), d]));
    const od = new Map(extractDocuments(text, rules).map((d) => [key(d), d]));
    for (const [k, d] of od) {
      const g = gd.get(k);
      if (!g) { dfp++; continue; }
      dtp++;
      if ((g.date ?? null) === d.date) dateOk++;
    }
    for (const k of gd.keys()) if (!od.has(k)) dfn++;
  }
  const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

  it('figures F1 ≥ 0.90 over distinct (value, unit) pairs', () => {
    expect(f1(ftp, ffp, ffn)).toBeGreaterThanOrEqual(0.9);
  });
  it('figure objects right for ≥ 80% of matched pairs', () => {
    expect(objOk / objN).toBeGreaterThanOrEqual(0.8);
  });
  it('documents F1 ≥ 0.95 over (kind, number) pairs, every date right', () => {
    expect(f1(dtp, dfp, dfn)).toBeGreaterThanOrEqual(0.95);
    expect(dateOk).toBe(dtp);
  });
});
