// `npm run docs`: rewrites README.md's API tables from custom-elements.json (run `npm run build` first).
import { readFileSync, writeFileSync } from 'node:fs';
import { apiTables, withApiTables } from './api-tables.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const updated = withApiTables(readme, apiTables(manifest));
if (updated === readme) console.log('README.md API tables are up to date.');
else {
  writeFileSync('README.md', updated);
  console.log('README.md API tables rewritten from custom-elements.json.');
}
