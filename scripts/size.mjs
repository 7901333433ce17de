// `npm run size`: raw, gzip and brotli sizes of the shipped bundle, what each part costs, and a
// failure above the gzip budget. Part of `npm test`.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { breakdown } from './bundle-breakdown.mjs';

const FILE = 'dist/calf-check.js';
// TODO: the perf helper (issue 6) owns the budget. Seven locales outgrew the old 20 KB, so it is
// read from the environment meanwhile, 32 KB unless CALF_CHECK_SIZE_BUDGET_KB says otherwise.
const BUDGET_GZIP = Number(process.env.CALF_CHECK_SIZE_BUDGET_KB || 32) * 1024;

const source = readFileSync(FILE);
const gzip = gzipSync(source, { level: 9 }).length;
const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

const rows = breakdown(source.toString(), readFileSync(`${FILE}.map`, 'utf8'));
console.log(`What ${FILE} is made of ("gzip cost": how much smaller the gzip file would be without it):`);
console.table(
  Object.fromEntries(rows.map((row) => [row.group, { raw: kb(row.raw), 'gzip alone': kb(row.gzipAlone), 'gzip cost': kb(row.gzipMarginal) }])),
);
const locales = rows.filter((row) => row.group.startsWith('locale '));
if (locales.length) {
  const cost = locales.reduce((sum, row) => sum + row.gzipMarginal, 0);
  console.log(`${locales.length} translations: ${kb(cost)} gzip together (each alone removable at that cost; shared wording overlaps).`);
}

console.log(`${FILE}: ${kb(source.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli (budget ${kb(BUDGET_GZIP)} gzip)`);
if (gzip > BUDGET_GZIP) {
  console.error(`Over budget by ${kb(gzip - BUDGET_GZIP)} gzip.`);
  process.exit(1);
}
