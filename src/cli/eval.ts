import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadRules } from '../rules/index.js';
import { readGold, defaultRoot } from '../eval/gold.js';
import { recordsByExtraction, recordsFromFile, scoreAll } from '../eval/run.js';
import { aggregate } from '../eval/score.js';
import { checkThresholds, formatGroups, formatTable, formatVerbose, parseThresholds, ratchet, toJson, type Thresholds } from '../eval/report.js';

export interface EvalOptions {
  gold: string[];
  records?: string;
  root?: string;
  json?: boolean;
  verbose?: boolean;
  /** comma-separated field prefixes that --verbose lists */
  fields?: string;
  thresholds?: string;
  ratchet?: string;
  rules?: string;
}

async function readThresholds(file: string, mustExist: boolean): Promise<Thresholds> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if (mustExist) throw e;
    return {};
  }
  return parseThresholds(JSON.parse(text));
}

/** `bantin eval`: score records (given, or extracted now) against gold; exit 1 when a threshold is missed. */
export async function runEval(opts: EvalOptions): Promise<number> {
  const gold = opts.gold;
  if (!gold?.length) throw new Error('eval: --gold <files or folders> is required');
  const root = resolve(opts.root ?? (await defaultRoot(gold[0]!)));
  const items = await readGold(gold);
  const t0 = performance.now();
  const records = opts.records ? await recordsFromFile(opts.records, root) : await recordsByExtraction(items, root, loadRules(opts.rules));
  const results = scoreAll(items, records);
  if (opts.fields) {
    // --fields narrows only what --verbose lists, never the scores
    const want = opts.fields.split(',').map((f) => f.trim()).filter(Boolean);
    for (const r of results) r.diffs = r.diffs.filter((d) => want.some((w) => d.field.startsWith(w)));
  }
  const totals = aggregate(results);
  const secs = (performance.now() - t0) / 1000;

  let failures: string[] | null = null;
  if (opts.thresholds) failures = checkThresholds(totals, await readThresholds(opts.thresholds, true));

  if (opts.json) {
    process.stdout.write(JSON.stringify(toJson(totals, results, !!opts.verbose, failures), null, 2) + '\n');
  } else {
    const out: string[] = [];
    const nArticles = items.filter((i) => i.kind === 'article').length;
    const nNon = items.length - nArticles;
    const missing = results.filter((r) => !r.found && 'records' in r.tallies);
    out.push(`bantin eval: ${nArticles} gold articles${nNon ? ` + ${nNon} non-articles` : ''}, root ${root}, records ${opts.records ?? 'extracted now'} (${secs.toFixed(2)} s)`);
    out.push('');
    out.push(formatTable(totals.all ?? {}));
    out.push('');
    out.push('by group (score, n):');
    out.push(formatGroups(totals));
    if (missing.length) {
      out.push('');
      out.push(`no record for ${missing.length} gold article(s):`);
      for (const m of missing.slice(0, opts.verbose ? undefined : 20)) out.push(`  ${m.input}  (${m.error ?? 'no record'})`);
      if (!opts.verbose && missing.length > 20) out.push(`  … ${missing.length - 20} more (--verbose lists all)`);
    }
    if (opts.verbose) {
      out.push('');
      out.push('per article:');
      out.push(formatVerbose(results));
    }
    if (failures) {
      out.push('');
      if (failures.length) {
        out.push(`BELOW THRESHOLD (${opts.thresholds}): ${failures.length}`);
        for (const f of failures) out.push(`  ${f}`);
      } else out.push(`all thresholds met (${opts.thresholds})`);
    }
    process.stdout.write(out.join('\n') + '\n');
  }

  if (opts.ratchet) {
    const old = await readThresholds(opts.ratchet, false);
    const next = ratchet(totals, old);
    const comment = {
      _comment:
        'bantin eval thresholds: per group (all, or a gold subfolder), score -> minimum (for counts such as paragraphs.leaks: maximum). Only ever raised: `bantin eval --ratchet scripts/thresholds.json` raises each to the measured value (floored to 3 decimals) and never lowers one.',
    };
    await writeFile(opts.ratchet, JSON.stringify({ ...comment, ...next }, null, 2) + '\n');
    process.stderr.write(`bantin eval: thresholds ratcheted in ${opts.ratchet}\n`);
  }
  return failures && failures.length ? 1 : 0;
}
