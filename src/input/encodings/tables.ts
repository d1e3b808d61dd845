/**
 * Legacy Vietnamese code tables (rules/encodings/*.json) compiled into decoders.
 *
 * - single-byte tables (TCVN3, VISCII): one byte → one character; bytes not listed are
 *   ASCII below 0x80 and Latin-1 above.
 * - VNI-Windows: bytes read as Windows-1252, then "base letter + mark byte" pairs are
 *   composed (NFC) and the letters that have a byte of their own are replaced.
 *
 * Each table also compiles an encoder (Unicode → bytes), used by tests to build fixtures from
 * our own text and to prove that decoding gives the original back.
 */
import { join } from 'node:path';
import { z } from 'zod';
import iconv from 'iconv-lite';
import { readRuleFile, defaultRulesDir } from '../../rules/load.js';

const HexByte = z.string().regex(/^[0-9A-Fa-f]{2}$/);

export const SingleByteTableFile = z.object({
  name: z.string(),
  description: z.string().optional(),
  aliases: z.array(z.string()),
  bytes: z.record(HexByte, z.string().length(1)),
});

export const MarkTableFile = z.object({
  name: z.string(),
  description: z.string().optional(),
  aliases: z.array(z.string()),
  byteCharset: z.string(),
  letters: z.record(z.string().length(1), z.string().length(1)),
  marks: z.record(z.string().length(1), z.string().min(1)),
});

export interface LegacyCodec {
  name: string;
  aliases: string[];
  decode(bytes: Uint8Array): string;
  encode(text: string): Uint8Array;
}

function compileSingleByte(file: z.output<typeof SingleByteTableFile>): LegacyCodec {
  const table: string[] = [];
  for (let b = 0; b < 256; b++) table[b] = String.fromCharCode(b);
  for (const [hex, ch] of Object.entries(file.bytes)) table[parseInt(hex, 16)] = ch.normalize('NFC');
  const reverse = new Map<string, number>();
  for (let b = 0; b < 256; b++) if (!reverse.has(table[b]!)) reverse.set(table[b]!, b);
  // a listed character wins over the Latin-1 identity of the same byte value
  for (const [hex, ch] of Object.entries(file.bytes)) reverse.set(ch.normalize('NFC'), parseInt(hex, 16));
  return {
    name: file.name,
    aliases: file.aliases,
    decode(bytes) {
      let out = '';
      const CHUNK = 8192;
      for (let i = 0; i < bytes.length; i += CHUNK) {
        const part: string[] = [];
        const end = Math.min(bytes.length, i + CHUNK);
        for (let j = i; j < end; j++) part.push(table[bytes[j]!]!);
        out += part.join('');
      }
      return out;
    },
    encode(text) {
      const out: number[] = [];
      for (const ch of text.normalize('NFC')) {
        const b = reverse.get(ch);
        if (b === undefined) throw new Error(`${file.name} has no code for "${ch}"`);
        out.push(b);
      }
      return Uint8Array.from(out);
    },
  };
}

const VOWEL = /^[aeiouyăâêôơưAEIOUYĂÂÊÔƠƯ]$/;

function compileMarkTable(file: z.output<typeof MarkTableFile>): LegacyCodec {
  const letters = new Map(Object.entries(file.letters).map(([k, v]) => [k, v.normalize('NFC')]));
  const marks = new Map(Object.entries(file.marks));
  // encoder: Unicode letter → (base, mark byte char) chosen from the same table
  const encLetters = new Map<string, string>();
  for (const [k, v] of letters) if (!encLetters.has(v)) encLetters.set(v, k);
  const encMarks = new Map<string, string>(); // "<upper?>|<combining marks>" → mark char
  for (const [k, v] of marks) {
    const upper = k === k.toUpperCase() && k !== k.toLowerCase();
    // canonical order (NFD sorts dot-below before circumflex), as the encoder sees it
    const key = (upper ? 'U|' : 'L|') + ('a' + v).normalize('NFD').slice(1);
    if (!encMarks.has(key)) encMarks.set(key, k);
  }
  return {
    name: file.name,
    aliases: file.aliases,
    decode(bytes) {
      const raw = iconv.decode(Buffer.from(bytes), file.byteCharset);
      const out: string[] = [];
      for (const ch of raw) {
        const mark = marks.get(ch);
        const prev = out.length ? out[out.length - 1]! : '';
        if (mark && prev && VOWEL.test(prev)) {
          const composed = (prev + mark).normalize('NFC');
          // only a pair that composes into one letter is a VNI pair; anything else stays as read
          if (composed.length === 1) {
            out[out.length - 1] = composed;
            continue;
          }
        }
        out.push(letters.get(ch) ?? ch);
      }
      return out.join('');
    },
    encode(text) {
      let s = '';
      for (const ch of text.normalize('NFC')) {
        const direct = encLetters.get(ch);
        if (direct) {
          s += direct;
          continue;
        }
        const nfd = ch.normalize('NFD');
        if (nfd.length === 1) {
          s += ch;
          continue;
        }
        // base + shape mark (circumflex/breve/horn) + tone
        let base = nfd[0]!;
        let rest = nfd.slice(1);
        if (rest.startsWith('\u031b')) {
          base = (base + '\u031b').normalize('NFC'); // ơ / ư have their own byte
          rest = rest.slice(1);
          const own = encLetters.get(base);
          if (!own) throw new Error(`${file.name} cannot write "${ch}"`);
          base = own;
        } else {
          // i/y with a tone may have a byte of their own
          const own = encLetters.get(ch);
          if (own) {
            s += own;
            continue;
          }
        }
        if (!rest) {
          s += base;
          continue;
        }
        const upper = base === base.toUpperCase() && base !== base.toLowerCase();
        const m = encMarks.get((upper ? 'U|' : 'L|') + rest) ?? encMarks.get((upper ? 'L|' : 'U|') + rest);
        if (!m) throw new Error(`${file.name} cannot write "${ch}"`);
        s += base + m;
      }
      return Uint8Array.from(iconv.encode(s, file.byteCharset));
    },
  };
}

let cache: LegacyCodec[] | null = null;

/** TCVN3, VNI-Windows and VISCII, compiled once from rules/encodings/. */
export function legacyCodecs(rulesDir: string = defaultRulesDir()): LegacyCodec[] {
  if (cache) return cache;
  const dir = join(rulesDir, 'encodings');
  cache = [
    compileSingleByte(readRuleFile(dir, 'tcvn3.json', SingleByteTableFile)),
    compileMarkTable(readRuleFile(dir, 'vni.json', MarkTableFile)),
    compileSingleByte(readRuleFile(dir, 'viscii.json', SingleByteTableFile)),
  ];
  return cache;
}

/** The codec a charset label names ("tcvn3", "VNI", "viscii"), or null. */
export function legacyCodecFor(label: string): LegacyCodec | null {
  const l = label.trim().toLowerCase();
  return legacyCodecs().find((c) => c.aliases.includes(l) || c.name.toLowerCase() === l) ?? null;
}
