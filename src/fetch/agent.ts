import { readFileSync } from 'node:fs';

/**
 * An honest User-Agent: the tool's name and version, and its home page when package.json
 * names one ("homepage"). No made-up address: without a homepage the agent says what it
 * is, and a user adds a contact with --user-agent.
 */
export function defaultUserAgent(): string {
  let version = '0.0.0';
  let home: string | null = null;
  try {
    // two levels up from src/fetch or dist/fetch
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string; homepage?: string };
    version = pkg.version ?? version;
    if (pkg.homepage) home = pkg.homepage;
  } catch {
    /* keep the defaults */
  }
  return home ? `bantin/${version} (+${home})` : `bantin/${version} (Vietnamese news article extractor)`;
}
