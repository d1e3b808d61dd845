import { readFileSync } from 'node:fs';

/** The project's home, named in the User-Agent so a site owner can see who is fetching. */
export const PROJECT_URL = 'https://github.com/bantin/bantin';

/** "bantin/0.1.0 (+https://github.com/…)" — an honest User-Agent with the package version. */
export function defaultUserAgent(): string {
  let version = '0.0.0';
  let home = PROJECT_URL;
  try {
    // two levels up from src/fetch or dist/fetch
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string; homepage?: string };
    version = pkg.version ?? version;
    if (pkg.homepage) home = pkg.homepage;
  } catch {
    /* keep the defaults */
  }
  return `bantin/${version} (+${home})`;
}
