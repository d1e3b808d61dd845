import type { OutletProfile, OutletRules } from './rules.js';
import { normaliseDomain } from './rules.js';
import { foldKey, normaliseInline } from '../../normalise/text.js';

/**
 * Which publication an article comes from, told from what the input offers: its URL, a
 * site name (og:site_name, a "Source:" column, JSON-LD publisher) or the agency tag its
 * lead opens with. Pure; the rules are compiled once.
 */

/** The host of a URL without "www."/"m." ("https://m.plo.vn/x" → "plo.vn"); null when there is none. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#\s]+)/i.exec(url);
  const host = m ? m[1]! : /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?=[/?#]|$)/i.exec(url.trim())?.[0];
  if (!host) return null;
  return normaliseDomain(host.replace(/^[^@]*@/, '')) || null;
}

/** The profile whose domain is the host or one of its parents ("e.vnexpress.net" before "vnexpress.net"). */
export function profileForHost(host: string | null, rules: OutletRules): OutletProfile | null {
  if (!host) return null;
  let h = host;
  for (;;) {
    const p = rules.byHost.get(h);
    if (p) return p;
    const dot = h.indexOf('.');
    if (dot < 0) return null;
    h = h.slice(dot + 1);
    if (!h.includes('.')) return null; // never match a bare TLD
  }
}

const EDITION_SUFFIX = /\s*[-–]?\s*(?:báo\s+)?(?:điện tử|online|điện tử online)$/iu;
const EDITION_PREFIX = /^(?:báo|trang)\s+(?:điện tử|thông tin điện tử|tin điện tử)\s+/iu;

/** A site name as pages print it: "Báo Thanh Niên", "vnexpress.net", "Tuổi Trẻ Online". */
export function profileForName(name: string | null | undefined, rules: OutletRules): OutletProfile | null {
  if (!name) return null;
  const clean = normaliseInline(name);
  if (!clean) return null;
  const hit = rules.byName.get(foldKey(clean));
  if (hit) return hit;
  // the paper's name with the edition word a site adds: "Báo Công an Nhân dân điện tử",
  // "Báo điện tử Tiền Phong", "Nông thôn Việt Online"
  const bare = clean.replace(EDITION_SUFFIX, '').replace(EDITION_PREFIX, 'Báo ');
  if (bare !== clean && bare.length >= 2) {
    const b = rules.byName.get(foldKey(bare)) ?? (bare.startsWith('Báo ') ? rules.byName.get(foldKey(bare.slice(4))) : undefined);
    if (b) return b;
  }
  // a bare domain used as a site name ("vnexpress.net", "Baodautu.vn")
  if (/^[\p{L}\d.-]+\.[a-z]{2,}$/iu.test(clean)) return profileForHost(normaliseDomain(clean), rules);
  return null;
}

/** The profile a lead's agency tag points at ("PLO" → Báo Pháp Luật TP. Hồ Chí Minh). */
export function profileForCode(code: string | null | undefined, rules: OutletRules): OutletProfile | null {
  if (!code) return null;
  return rules.byCode.get(foldKey(code.trim())) ?? null;
}

/** The profile for a page: its URL first, then the site name it prints. */
export function profileFor(url: string | null | undefined, siteName: string | null | undefined, rules: OutletRules): OutletProfile | null {
  return profileForHost(hostOf(url), rules) ?? profileForName(siteName, rules);
}

/**
 * The profile a page's <title> names at its start or end ("Báo Bạc Liêu - <headline>",
 * "<headline> | Báo Nghệ An"): for pages saved without their address or og:site_name.
 * Only a whole segment that is a known outlet name or alias counts.
 */
export function profileForDocTitle(docTitle: string | null | undefined, seps: readonly string[], rules: OutletRules): OutletProfile | null {
  if (!docTitle) return null;
  const t = normaliseInline(docTitle);
  for (const sep of seps) {
    const i = t.indexOf(sep);
    if (i <= 0) continue;
    const head = profileForName(t.slice(0, i), rules);
    if (head) return head;
    const j = t.lastIndexOf(sep);
    const tail = profileForName(t.slice(j + sep.length), rules);
    if (tail) return tail;
  }
  return null;
}

/** Site names that are not a publication's name (a bare host of an unknown site is still kept). */
function usableSiteName(name: string | null | undefined): string | null {
  if (!name) return null;
  const s = normaliseInline(name);
  if (s.length < 2 || s.length > 80) return null;
  if (/^https?:/i.test(s)) return null;
  return s;
}

/**
 * source.outlet (+ agencyCode) for any input kind. Preference, from the most to the least
 * reliable: the URL's domain, the site name as printed, the lead's agency tag (only for
 * tags that belong to one paper; a TTXVN tag runs in every paper), else the printed site
 * name as it is. agencyCode is the tag the caller found (the lead's tag), or null: a
 * profile never invents a tag the article does not carry.
 *
 * Callers that have a publication column written by a person (a row dump's "Source:")
 * may prefer that text as written; this function returns the profile's canonical name.
 */
export function outletFor(
  q: { url?: string | null; siteName?: string | null; agencyCode?: string | null },
  rules: OutletRules,
): { name: string; agencyCode: string | null } | null {
  const agencyCode = q.agencyCode ? normaliseInline(q.agencyCode) || null : null;
  const byUrl = profileForHost(hostOf(q.url), rules);
  if (byUrl) return { name: byUrl.name, agencyCode };
  const byName = profileForName(q.siteName, rules);
  if (byName) return { name: byName.name, agencyCode };
  const byCode = profileForCode(agencyCode, rules);
  if (byCode && byCode.tagImpliesOutlet) return { name: byCode.name, agencyCode };
  const printed = usableSiteName(q.siteName);
  if (printed) return { name: printed, agencyCode };
  return null;
}
