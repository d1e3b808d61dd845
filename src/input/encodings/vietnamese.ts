/**
 * Vietnamese syllable shape, used to judge candidate decodings (which one reads as
 * Vietnamese?) and by the row parser to tell a glued word boundary from a brand name.
 *
 * A syllable is onset + rhyme, with at most one tone mark. The check is phonotactic and
 * deliberately a little permissive (it accepts some syllables no dictionary lists): it only
 * has to separate real text from mojibake such as "Hµ Néi" or "Nhá»¯ng".
 */

// the five tone marks as combining characters (NFD)
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?';
// vowel nuclei (with their glides), tone marks removed
const NUCLEI = [
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'iêu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi',
  'oo', 'oai', 'oay', 'oao', 'oeo', 'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ưu', 'ươ', 'ươi',
  'ươu', 'uôi', 'uya', 'uyê', 'uyu', 'uây', 'uơi', 'yê', 'yêu', 'uêu', 'oong', 'ưo',
].sort((a, b) => b.length - a.length);
const CODA = '(?:ch|ng|nh|c|m|n|p|t)?';
const SYLLABLE = new RegExp(`^${ONSET}(?:${NUCLEI.join('|')})${CODA}$`);

const LETTERS_ONLY = /^[\p{L}\u0300-\u036f]+$/u;
// letters with Vietnamese marks (shape or tone); the Latin-1 ones (á, è, õ…) included
const VI_SPECIFIC = /[ăâêôơưđĂÂÊÔƠƯĐàáãèéìíòóõùúýÀÁÃÈÉÌÍÒÓÕÙÚÝĩũĨŨ\u0300\u0301\u0303\u0309\u0323\u1EA0-\u1EF9]/u;

/** true when `word` (letters only, any case, NFC or NFD) has the shape of one Vietnamese syllable */
export function isVietnameseSyllable(word: string): boolean {
  if (!word || word.length > 7) return false;
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONES);
  if (tones && tones.length > 1) return false;
  const bare = nfd.replace(TONES, '').normalize('NFC');
  return SYLLABLE.test(bare);
}

/** true when the word carries a letter or mark that only Vietnamese writing uses */
export function hasVietnameseMarks(word: string): boolean {
  return VI_SPECIFIC.test(word.normalize('NFC'));
}

/**
 * How Vietnamese a text reads: the share of its letter tokens that are valid syllables,
 * with a penalty for characters no Vietnamese text contains (C1 controls, replacement
 * characters, the cp1252 symbols mojibake is made of). 0…1; higher is better.
 * Looks at the first `limit` characters only: enough to decide, cheap on big files.
 */
export function vietnameseScore(text: string, limit = 20000): number {
  const sample = text.length > limit ? text.slice(0, limit) : text;
  let tokens = 0;
  let valid = 0;
  let viWords = 0;
  for (const raw of sample.split(/[\s\p{P}\p{S}\d]+/u)) {
    if (!raw) continue;
    tokens++;
    if (!LETTERS_ONLY.test(raw)) continue;
    if (isVietnameseSyllable(raw)) {
      valid++;
      if (hasVietnameseMarks(raw)) viWords++;
    }
  }
  // non-text: C0/C1 controls (other than whitespace), U+FFFD, and symbol runs typical of mojibake
  const junk = (sample.match(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g)?.length ?? 0) +
    (sample.match(/[\u00a1-\u00bf\u00d7\u00f7\u02c6\u02dc\u2020\u2021\u2030\u2039\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192]/g)?.length ?? 0);
  if (tokens === 0) return 0;
  const share = valid / tokens;
  // words with Vietnamese marks are the strongest evidence: plain ASCII words pass in every decoding
  const marks = viWords / tokens;
  return share * 0.6 + marks * 0.4 - Math.min(0.5, junk / Math.max(tokens, 1));
}
