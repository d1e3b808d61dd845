#!/usr/bin/env node
import { Command } from 'commander';

const program = new Command();
// Commands are imported when run: with a worker pool the main thread then never loads the
// pipeline (rules, extractors and their libraries), which saves memory and start-up time.
const runExtract: typeof import('./extract.js').runExtract = async (...a) => (await import('./extract.js')).runExtract(...a);
const runFetch: typeof import('./fetch.js').runFetch = async (...a) => (await import('./fetch.js')).runFetch(...a);
const runEval: typeof import('./eval.js').runEval = async (...a) => (await import('./eval.js')).runEval(...a);
const recordJsonSchema = async () => (await import('../record/schema.js')).recordJsonSchema();

program.name('bantin').description('Vietnamese news article dumps → validated, structured JSON Lines');

program
  .command('extract')
  .description('extract one record per article from files, folders or - (stdin)')
  .argument('<inputs...>', 'files, folders, or - for stdin')
  .option('-o, --output <file>', 'write records here (JSON Lines); stdout when absent')
  .option('--errors <file>', 'write error lines here (JSON Lines); stderr when absent')
  .option('--rules <dir>', 'rules folder (default: the bundled rules/)')
  .option('-q, --quiet', 'no progress bar')
  .option('-w, --workers <n>', 'worker threads (1 = in-process); default: one per core')
  .option('--unordered', 'write records as they finish instead of in input order')
  .option('--map <field=column,...>', 'map row-dump columns onto fields, e.g. title=headline,content=body')
  .option('--max-size <size>', 'per-article size limit; larger ones become error lines', '16MB')
  .action(async (inputs: string[], opts) => {
    process.exitCode = await runExtract(inputs, opts);
  });

program
  .command('eval')
  .description('score records against gold files (SPEC section 3): one table of every field, per group, optional thresholds gate')
  .requiredOption('--gold <paths...>', 'gold .json/.jsonl files (and .txt lists of non-article inputs), or folders of them')
  .option('--records <file>', 'records to score (JSON Lines); without it the gold inputs are extracted now')
  .option('--root <dir>', 'folder the gold inputs are relative to (default: the parent of the gold folder)')
  .option('--json', 'print the scores as JSON')
  .option('--verbose', 'also list, per article, what was missed, extra or wrong')
  .option('--fields <names>', 'with --verbose: only these fields (comma-separated prefixes, e.g. figures,officials)')
  .option('--thresholds <file>', 'exit 1 listing every score below its threshold in this file')
  .option('--ratchet <file>', 'raise the thresholds in this file to the measured scores (never lowers one)')
  .option('--rules <dir>', 'rules folder (default: the bundled rules/)')
  .action(async (opts) => {
    process.exitCode = await runEval(opts);
  });

program
  .command('fetch')
  .description('fetch the pages of a URL list politely, then extract them like extract does')
  .argument('<urls>', 'a file with one URL per line, or - for stdin')
  .option('-o, --output <file>', 'write records here (JSON Lines); stdout when absent')
  .option('--errors <file>', 'write error lines here (JSON Lines); stderr when absent')
  .option('--save <target>', 'keep the raw responses: a .warc/.warc.gz file, or a folder of .html files + index.jsonl')
  .option('--concurrency-per-host <n>', 'requests at once to one host', '2')
  .option('--delay-ms <ms>', 'gap between request starts to one host', '500')
  .option('--timeout-ms <ms>', 'time limit per request (headers and body)', '15000')
  .option('--retries <n>', 'retries on 429, 5xx, timeouts and network errors (exponential backoff, Retry-After honoured)', '3')
  .option('--backoff-ms <ms>', 'first retry wait, doubled each time', '1000')
  .option('--max-bytes <size>', 'body size limit; a longer body is cut off and reported', '16MB')
  .option('--user-agent <ua>', 'override the User-Agent (default: bantin/<version> (+project URL))')
  .option('--no-robots', 'do not read robots.txt (by default disallowed pages are skipped and Crawl-delay is obeyed)')
  .option('-w, --workers <n>', 'worker threads for extraction (1 = in-process); default: one per core')
  .option('--rules <dir>', 'rules folder (default: the bundled rules/)')
  .option('-q, --quiet', 'no progress bar')
  .action(async (urls: string, opts) => {
    process.exitCode = await runFetch(urls, opts);
  });

program
  .command('schema')
  .description("print the record's JSON Schema (generated from the zod schema)")
  .action(async () => {
    process.stdout.write(JSON.stringify(await recordJsonSchema(), null, 2) + '\n');
  });

await program.parseAsync(process.argv);
