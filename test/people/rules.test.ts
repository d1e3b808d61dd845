import { describe, it, expect } from 'vitest';
import { mkdtempSync, copyFileSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { defaultRulesDir, RulesError } from '../../src/rules/load.js';
import { loadPeopleRules } from '../../src/extract/people/rules.js';
import { loadOrgRules } from '../../src/extract/orgs/rules.js';
import { Grammar } from '../../src/extract/people/grammar.js';
import { classify, tokenize } from '../../src/extract/people/tokens.js';

const dir = defaultRulesDir();
const rules = loadPeopleRules(dir);

function copyRules(): string {
  const tmp = mkdtempSync(join(tmpdir(), 'bantin-people-'));
  for (const f of readdirSync(dir)) if (f.endsWith('.json')) copyFileSync(join(dir, f), join(tmp, f));
  return tmp;
}

describe('people and organisation rules', () => {
  it('every title in offices.json is read as an office, with and without "Phó"', () => {
    const file = JSON.parse(readFileSync(join(dir, 'offices.json'), 'utf8')) as { titles: string[] };
    for (const title of file.titles) {
      for (const text of [title, `Phó ${title}`]) {
        const starts: number[] = [];
        const toks = classify(tokenize(text, undefined, starts), rules.classes);
        const g = new Grammar(toks, starts, text, rules);
        expect(g.officeAt(0), text).toBe(toks.length);
      }
    }
  });
  it('surnames are single words', () => {
    const file = JSON.parse(readFileSync(join(dir, 'names.json'), 'utf8')) as { surnames: string[] };
    for (const s of file.surnames) expect(tokenize(s).length, s).toBe(1);
  });
  it('a rules file that does not fit its schema stops loading with the file named', () => {
    const tmp = copyRules();
    writeFileSync(join(tmp, 'offices.json'), JSON.stringify({ titles: 'Chủ tịch' }));
    expect(() => loadPeopleRules(tmp)).toThrow(RulesError);
    expect(() => loadPeopleRules(tmp)).toThrow(/offices\.json/);
  });
  it('known abbreviations keep their written form', () => {
    const org = loadOrgRules(dir);
    expect(org.abbreviations.get('HĐND')?.expansion).toBe('Hội đồng nhân dân');
    expect(org.abbreviations.has('hđnd')).toBe(false);
  });
  it('a broken places-units.json does not break the officials rules', () => {
    const tmp = copyRules();
    writeFileSync(join(tmp, 'places-units.json'), JSON.stringify({ units: 'none' }));
    expect(() => loadPeopleRules(tmp)).not.toThrow();
  });
});
