// Fails when a translation is missing in any locale, when locales/*.xlf no longer match the msg() calls in src/ (a
// string was added, changed or removed without re-running extract), or when a translation breaks its language's
// glossary or typography (scripts/checks/locale-rules.mjs).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkShippedLocale } from './locale-rules.mjs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const xliffDir = resolve(config.interchange.xliffDir);
const problems = [];

// 1. Stale: extract again into a copy of the files and compare; extract keeps existing targets.
const scratch = mkdtempSync(join(tmpdir(), 'calf-check-locales-'));
try {
  cpSync(xliffDir, join(scratch, 'locales'), { recursive: true });
  const scratchConfig = {
    ...config,
    tsConfig: resolve(config.tsConfig),
    inputFiles: config.inputFiles.map((glob) => resolve(glob)),
    output: { ...config.output, outputDir: join(scratch, 'out') },
    interchange: { ...config.interchange, xliffDir: join(scratch, 'locales') },
  };
  delete scratchConfig.output.localeCodesModule;
  writeFileSync(join(scratch, 'lit-localize.json'), JSON.stringify(scratchConfig));
  execFileSync('npx', ['lit-localize', 'extract', '--config', join(scratch, 'lit-localize.json')], { stdio: 'pipe' });
  for (const locale of config.targetLocales) {
    const file = `${locale}.xlf`;
    if (readFileSync(join(xliffDir, file), 'utf8') !== readFileSync(join(scratch, 'locales', file), 'utf8')) {
      problems.push(`locales/${file} is out of date with src/: run \`npm run localize:extract\`, then translate what is new.`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// 2. Complete: every unit of every locale has a non-empty target.
const unexpected = readdirSync(xliffDir, { withFileTypes: true })
  .filter((entry) => entry.isFile() && !config.targetLocales.includes(entry.name.replace(/\.xlf$/, '')))
  .map((entry) => entry.name);
if (unexpected.length) problems.push(`locales/ has files for no configured locale: ${unexpected.join(', ')}`);
const chars = (text) => [...text.replace(/<x [^>]*\/>/g, '')].length;
for (const locale of config.targetLocales) {
  const xliff = readFileSync(join(xliffDir, `${locale}.xlf`), 'utf8');
  const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  let characters = 0;
  for (const [, id, body] of units) {
    const target = body.match(/<target>([\s\S]*?)<\/target>/)?.[1] ?? '';
    if (!target.trim()) problems.push(`locales/${locale}.xlf: message ${id} has no translation`);
    characters += chars(target);
  }
  const broken = checkShippedLocale(locale, xliffDir);
  problems.push(...broken);
  console.log(`${locale.padEnd(8)} ${units.length} strings, ${characters} characters, glossary and typography ${broken.length ? `${broken.length} problems` : 'kept'}`);
}

if (problems.length) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log(`locales: ${config.targetLocales.length} complete and up to date with src/`);
