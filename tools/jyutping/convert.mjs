// Converts the Cantonese character readings of rime-cantonese (jyut6ping3.chars.dict.yaml, CC BY
// 4.0), as shipped by the Debian package rime-data-jyut6ping3, into the compact resource read by
// dev.yuanwen.align.Cantonese:
//
//   core/src/main/resources/dev/yuanwen/align/jyutping.tsv.gz
//
// One line per toneless Jyutping syllable, sorted, then the simplified characters that have the
// reading, in code point order:
//
//   gau \t 九久...
//
// Only characters of the CJK Unified Ideographs block (U+4E00-U+9FFF, the block the aligner reads
// names in) that are, or are the simplified form of, a character of a CC-CEDICT headword. The
// aligner reads simplified text, so a traditional character's readings go to its simplified form
// (as CC-CEDICT pairs them, character by character: 龍 lung → 龙): 龙 reads lung. Readings the
// source marks 0% (rare, e.g. 蔡 saat3) are left out where the character has another one.
//
// Usage:
//   apt-get download rime-data-jyut6ping3 && dpkg-deb -x rime-data-jyut6ping3_*.deb x
//   node tools/jyutping/convert.mjs x/usr/share/rime-data/jyut6ping3.chars.dict.yaml

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, gunzipSync } from 'node:zlib';

const HERE = dirname(fileURLToPath(import.meta.url));
const CEDICT = join(HERE, '../../core/src/main/resources/dev/yuanwen/lexicon/cedict.tsv.gz');
const OUT = join(HERE, '../../core/src/main/resources/dev/yuanwen/align/jyutping.tsv.gz');
const HEADER =
  '# rime-cantonese jyut6ping3.chars (Debian rime-data-jyut6ping3 0.0~git20230209.e0295fa), CC BY 4.0, converted by tools/jyutping/convert.mjs';

const source = process.argv[2];
if (!source) {
  console.error('usage: node convert.mjs PATH/jyut6ping3.chars.dict.yaml');
  process.exit(2);
}

const ideograph = (c) => c.length === 1 && c >= '\u4e00' && c <= '\u9fff';

// Traditional character -> simplified characters, and the characters CC-CEDICT uses.
const toSimplified = new Map();
const known = new Set();
for (const line of gunzipSync(readFileSync(CEDICT)).toString('utf8').split('\n')) {
  if (line.startsWith('#') || !line) continue;
  const [simplified, traditionals] = line.split('\t');
  const simp = [...simplified];
  for (const c of simp) known.add(c);
  for (const traditional of traditionals.split('|')) {
    const trad = [...traditional];
    if (trad.length !== simp.length) continue;
    trad.forEach((t, i) => {
      known.add(t);
      if (!toSimplified.has(t)) toSimplified.set(t, new Set());
      toSimplified.get(t).add(simp[i]);
    });
  }
}

// Character -> readings (toneless), the rare ones apart.
const readings = new Map();
const rare = new Map();
let body = false;
for (const line of readFileSync(source, 'utf8').split('\n')) {
  if (line === '...') { body = true; continue; }
  if (!body || !line || line.startsWith('#')) continue;
  const [ch, jyutping, weight] = line.split('\t');
  if (!jyutping || !/^[a-z]+[1-6]$/.test(jyutping)) continue;
  const syllable = jyutping.replace(/[1-6]$/, '');
  const into = weight === '0%' ? rare : readings;
  if (!into.has(ch)) into.set(ch, new Set());
  into.get(ch).add(syllable);
}
for (const [ch, r] of rare) {
  if (!readings.has(ch)) readings.set(ch, r);
}

// Simplified character -> readings of itself and of the traditional characters it stands for.
const out = new Map();
for (const [ch, r] of readings) {
  const targets = new Set([ch]);
  for (const s of toSimplified.get(ch) ?? []) targets.add(s);
  for (const t of targets) {
    if (!ideograph(t) || !known.has(t)) continue;
    if (!out.has(t)) out.set(t, new Set());
    for (const s of r) out.get(t).add(s);
  }
}

const bySyllable = new Map();
for (const [ch, r] of out) {
  for (const s of r) {
    if (!bySyllable.has(s)) bySyllable.set(s, []);
    bySyllable.get(s).push(ch);
  }
}
const lines = [HEADER];
for (const s of [...bySyllable.keys()].sort()) {
  lines.push(s + '\t' + bySyllable.get(s).sort().join(''));
}
const data = gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 });
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, data);
console.log(`${out.size} characters, ${bySyllable.size} syllables, ${data.length} bytes -> ${OUT}`);
