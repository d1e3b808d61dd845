/**
 * Every fixture in fixtures/ is an article we wrote ourselves, with a hand-written
 * expectation beside it: `<name>.<ext>` + `<name>.expected.json`. The expectation is one of
 *   { "expect": { <record fields> } }                       one record from the file
 *   { "records": [ { "row": 2, "expect": { … } }, … ],       row dumps: one per row
 *     "errors": [ { "row": 3, "stage": "classify" } ] }
 *   { "error": { "stage": "classify" } }                     the file must give no record
 * Fields are compared with toMatchObject: strings exactly, arrays with the same length
 * and each element containing the expected keys (spans may be left out).
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './shared.js';
import { loadRules } from '../src/rules/index.js';
import { readUnits } from '../src/input/walk.js';
import { processUnit, type UnitResult } from '../src/pipeline.js';

interface Expectation {
  expect?: Record<string, unknown>;
  records?: { row: number; expect: Record<string, unknown> }[];
  errors?: { row: number | null; stage: string }[];
  error?: { stage: string };
}

function findFixtures(dir: string): { input: string; expected: string }[] {
  const out: { input: string; expected: string }[] = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...findFixtures(p));
    else if (!name.endsWith('.expected.json')) {
      const base = name.replace(/\.gz$/, '').replace(/\.[^.]+$/, '');
      const exp = join(dir, base + '.expected.json');
      if (existsSync(exp)) out.push({ input: p, expected: exp });
    }
  }
  return out;
}

async function run(path: string): Promise<UnitResult[]> {
  const rules = loadRules();
  const results: UnitResult[] = [];
  for await (const u of readUnits(path)) results.push(processUnit(u, rules));
  return results;
}

function checkFields(actual: Record<string, unknown>, expected: Record<string, unknown>) {
  for (const [field, want] of Object.entries(expected)) {
    const got = field.includes('.') ? field.split('.').reduce<any>((o, k) => o?.[k], actual) : actual[field];
    if (want !== null && typeof want === 'object') expect(got, field).toMatchObject(want as object);
    else expect(got, field).toEqual(want);
  }
}

const fixtures = findFixtures(FIXTURES);

describe('fixtures', () => {
  it('there are fixtures to check', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });
  for (const f of fixtures) {
    it(f.input.slice(FIXTURES.length + 1), async () => {
      const exp = JSON.parse(readFileSync(f.expected, 'utf8')) as Expectation;
      const results = await run(f.input);
      if (exp.error) {
        expect(results.length).toBe(1);
        const r = results[0]!;
        expect(r.ok, 'expected an error line').toBe(false);
        if (!r.ok) expect(r.error.stage).toBe(exp.error.stage);
        return;
      }
      if (exp.expect) {
        const ok = results.filter((r) => r.ok);
        expect(ok.length, JSON.stringify(results.find((r) => !r.ok))).toBe(1);
        checkFields(ok[0]!.ok ? (ok[0]!.record as unknown as Record<string, unknown>) : {}, exp.expect);
      }
      for (const rec of exp.records ?? []) {
        const r = results.find((x) => (x.ok ? x.record.source.row : x.error.source.row) === rec.row);
        expect(r, `row ${rec.row}`).toBeDefined();
        expect(r!.ok, `row ${rec.row}: ${JSON.stringify(!r!.ok && r!.error)}`).toBe(true);
        if (r!.ok) checkFields(r!.record as unknown as Record<string, unknown>, rec.expect);
      }
      for (const er of exp.errors ?? []) {
        const r = results.find((x) => !x.ok && x.error.source.row === er.row);
        expect(r, `error for row ${er.row}`).toBeDefined();
        if (r && !r.ok) expect(r.error.stage).toBe(er.stage);
      }
    });
  }
});
