// Writes given.txt and surnames.txt from @faker-js/faker's locale
// definitions (see README.md). Run through extract-names.sh, which fetches
// the pinned package; usage: node extract-names.mjs <faker package dir> <out dir>
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [pkg, outdir] = process.argv.slice(2);
const { allLocales } = await import(pathToFileURL(join(pkg, 'dist/index.js')).href);

// Every locale with person names, less two that are not names people carry:
// en_AU_ocker (joke nicknames) and eo (Esperanto translations of names).
const SKIP = new Set(['en_AU_ocker', 'eo']);

// faker keeps lists either flat or split {generic, female, male}.
function values(v) {
  if (!v) return [];
  if (Array.isArray(v)) return v;
  return Object.values(v).flat();
}

// A list entry may hold several words ("Ana María", "van der Berg"); the
// gazetteer is looked up word by word, so keep each capitalised word (the
// particles "van", "de", "da" are not names on their own) of two or more
// letters, hyphens and apostrophes inside allowed.
const WORD = /^\p{Lu}[\p{L}\p{M}'’-]*\p{L}$|^[\p{Lo}][\p{Lo}\p{M}]*$/u;
function words(entries, set) {
  for (const e of entries)
    for (const w of String(e).normalize('NFC').split(/\s+/))
      if (WORD.test(w)) set.add(w);
}

const given = new Set(), surnames = new Set(), used = [];
for (const [code, def] of Object.entries(allLocales).sort()) {
  const p = def.person;
  if (!p || !p.first_name || SKIP.has(code)) continue;
  used.push(code);
  words(values(p.first_name), given);
  words(values(p.middle_name), given);
  words(values(p.last_name), surnames);
}

// Byte order (as C's strcmp sorts UTF-8), one name a line.
const sorted = (s) => [...s].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
writeFileSync(join(outdir, 'given.txt'), sorted(given).join('\n') + '\n');
writeFileSync(join(outdir, 'surnames.txt'), sorted(surnames).join('\n') + '\n');
console.log(`locales (${used.length}): ${used.join(' ')}`);
console.log(`given: ${given.size}, surnames: ${surnames.size}`);
