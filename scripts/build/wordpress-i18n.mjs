/**
 * The WordPress plugin's own words (its settings page, the block's sidebar, notices, refused-value messages) in the
 * gettext files WordPress loads, from one source: the calls in the plugin's code.
 *
 * - extractStrings() reads every __(), esc_html__(), _x()… call with the 'calf-check' text domain in wordpress/*.php
 *   and wordpress/block/*.php, every __()… in wordpress/block/editor.js, the plugin header's Description and the
 *   block.json fields WordPress translates (description, keywords; the title is the plugin's name, never translated).
 * - `node scripts/build/wordpress-i18n.mjs` writes wordpress/languages/calf-check.pot from them, the template for
 *   translators; `--check` only says whether the committed one is stale (tests/node/wordpress-translations.test.mjs
 *   fails then); `--update-po` also merges each wordpress/languages/calf-check-<locale>.po with it (new strings added
 *   untranslated, gone ones dropped, translations kept).
 * - translationFiles() compiles each .po, at build time, into what WordPress reads: calf-check-<locale>.mo (every
 *   version), calf-check-<locale>.l10n.php (preferred from 6.5), and calf-check-<locale>-calf-check-editor.json, the
 *   JED data wp_set_script_translations() hands wp.i18n for the block editor's script (its handle in the name, the
 *   first file load_script_textdomain() looks for). Parsing and .mo writing are gettext-parser's.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mo, po } from 'gettext-parser';

export const DOMAIN = 'calf-check';
export const LANGUAGES = 'wordpress/languages';
export const POT = `${LANGUAGES}/${DOMAIN}.pot`;
/** The block editor's script handle (wp_register_script in calf-check.php): its JSON is named after it. */
export const EDITOR_HANDLE = 'calf-check-editor';
const EDITOR_SCRIPT = 'block/editor.js';
/** The PHP files, in the order their strings appear in the template. */
const PHP_FILES = ['calf-check.php', 'attributes.php', 'settings.php', 'fallback.php', 'uninstall.php', 'block/render.php'];

/**
 * The gettext functions and where their arguments are: s singular, p plural, c context, d domain (n, a number,
 * is not read). WordPress's PHP names, and @wordpress/i18n's for the editor script.
 */
const PHP_FUNCTIONS = {
  __: 'sd', _e: 'sd', esc_html__: 'sd', esc_html_e: 'sd', esc_attr__: 'sd', esc_attr_e: 'sd',
  _x: 'scd', _ex: 'scd', esc_html_x: 'scd', esc_attr_x: 'scd',
  _n: 'spnd', _nx: 'spncd', _n_noop: 'spd', _nx_noop: 'spcd',
};
const JS_FUNCTIONS = { __: 'sd', _x: 'scd', _n: 'spnd', _nx: 'spncd' };

/** A printf placeholder: %s, %d, %1$s… (%% is a percent sign). */
export const PLACEHOLDER = /%(?:\d+\$)?[sd]/;

/** The string literal starting at `source[i]` (a quote): its value and the index after it. PHP or JS rules. */
function readString(source, i, language, where) {
  const quote = source[i];
  let value = '';
  let interpolates = false;
  let j = i + 1;
  for (; j < source.length && source[j] !== quote; j++) {
    if (source[j] !== '\\') {
      interpolates ||= language === 'php' && quote === '"' && source[j] === '$';
      value += source[j];
      continue;
    }
    const next = source[++j];
    if (language === 'php' && quote === "'") value += next === "'" || next === '\\' ? next : `\\${next}`;
    else value += { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'", $: '$' }[next] ?? `\\${next}`;
  }
  if (j >= source.length) throw new Error(`${where}: unterminated string`);
  return { value, end: j + 1, interpolates };
}

/** The 1-based line of index `i`. */
const lineOf = (source, i) => source.slice(0, i).split('\n').length;

/**
 * Every gettext call in `source` (a PHP file or a JS file): [{ msgid, msgid_plural, msgctxt, comment, line }]. A call
 * whose text is not a literal, or whose domain is not the plugin's, is an error: its words could never be translated.
 * A `translators:` comment applies to the first call after it that starts on its last line or the next, as WordPress's
 * tools read it.
 */
export function extractCalls(source, language, file) {
  const functions = language === 'php' ? PHP_FUNCTIONS : JS_FUNCTIONS;
  const calls = [];
  const notes = [];
  let i = 0;
  const skipSpace = (k) => {
    while (k < source.length && /\s/.test(source[k])) k++;
    return k;
  };
  while (i < source.length) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const text = source.slice(i + 2, end);
      const translators = /^\s*translators:\s*([\s\S]*?)\s*$/i.exec(text.replace(/^\s*\*\s?/gm, ''));
      if (translators) notes.push({ text: `translators: ${translators[1].replace(/\s+/g, ' ')}`, line: lineOf(source, end) });
      i = end + 2;
    } else if ((c === '/' && source[i + 1] === '/') || (language === 'php' && c === '#')) {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    } else if (c === '"' || c === "'" || (language === 'js' && c === '`')) {
      if (c === '`') {
        const end = source.indexOf('`', i + 1);
        i = end + 1;
      } else {
        i = readString(source, i, language, `${file}:${lineOf(source, i)}`).end;
      }
    } else if (/[A-Za-z_$]/.test(c)) {
      let end = i;
      while (end < source.length && /[\w$]/.test(source[end])) end++;
      const name = source.slice(i, end);
      const before = source[i - 1] ?? '';
      const open = skipSpace(end);
      // A method or property of the same name (i18n.__, ->__) is not a call to translate.
      if (Object.hasOwn(functions, name) && source[open] === '(' && before !== '.' && before !== '>' && before !== '$') {
        const where = `${file}:${lineOf(source, i)}`;
        const args = [];
        let k = open + 1;
        for (const role of functions[name]) {
          k = skipSpace(k);
          if (role === 'n') {
            // A number: skipped to the next top-level comma.
            let depth = 0;
            while (k < source.length && !(depth === 0 && source[k] === ',')) {
              if ('([{'.includes(source[k])) depth++;
              if (')]}'.includes(source[k])) depth--;
              k++;
            }
            k++;
            continue;
          }
          if (source[k] !== "'" && source[k] !== '"') throw new Error(`${where}: ${name}() needs a string literal as its ${{ s: 'text', p: 'plural', c: 'context', d: 'text domain' }[role]}`);
          const literal = readString(source, k, language, where);
          if (literal.interpolates) throw new Error(`${where}: ${name}() with a variable inside its string`);
          args.push([role, literal.value]);
          k = skipSpace(literal.end);
          if (source[k] === ',') k++;
        }
        const arg = Object.fromEntries(args);
        if (arg.d !== DOMAIN) throw new Error(`${where}: ${name}() with text domain ${JSON.stringify(arg.d)}, not '${DOMAIN}'`);
        const line = lineOf(source, i);
        // The comment before the call, on its line or the one above, used by that call only.
        const note = notes.findLast((n) => !n.used && (n.line === line || n.line === line - 1));
        if (note) note.used = true;
        calls.push({ msgid: arg.s, msgid_plural: arg.p, msgctxt: arg.c, comment: note?.text, line });
        i = end;
      } else {
        i = end;
      }
    } else {
      i++;
    }
  }
  return calls;
}

/**
 * The template's entries, in the order of the files: [{ msgctxt, msgid, msgid_plural, references, comments }], one per
 * text and context, with every file that uses it (file names only, no line numbers: the template changes only when the
 * words do).
 */
export function extractStrings(root = 'wordpress') {
  const found = [];
  const header = /^ \* Description:\s+(.+)$/m.exec(readFileSync(join(root, `${DOMAIN}.php`), 'utf8'));
  if (header) found.push({ msgid: header[1].trim(), comment: 'Description of the plugin', file: `${DOMAIN}.php` });
  for (const file of PHP_FILES) {
    for (const call of extractCalls(readFileSync(join(root, file), 'utf8'), 'php', file)) found.push({ ...call, file, format: 'php-format' });
  }
  const block = JSON.parse(readFileSync(join(root, 'block/block.json'), 'utf8'));
  // WordPress translates these with the block's textdomain and these contexts (its block-i18n.json schema).
  if (block.textdomain !== DOMAIN) throw new Error(`block.json: textdomain is ${block.textdomain}, not ${DOMAIN}`);
  if (block.description) found.push({ msgid: block.description, msgctxt: 'block description', file: 'block/block.json' });
  for (const keyword of block.keywords ?? []) found.push({ msgid: keyword, msgctxt: 'block keyword', file: 'block/block.json' });
  for (const call of extractCalls(readFileSync(join(root, EDITOR_SCRIPT), 'utf8'), 'js', EDITOR_SCRIPT)) found.push({ ...call, file: EDITOR_SCRIPT, format: 'javascript-format' });

  const entries = new Map();
  for (const { msgid, msgid_plural, msgctxt, comment, file, format } of found) {
    const key = `${msgctxt ?? ''}\u0004${msgid}`;
    const entry = entries.get(key) ?? { msgctxt, msgid, msgid_plural, references: [], comments: [], flags: [] };
    // Marked as a format string where it has placeholders, so translation tools check them.
    if (format && PLACEHOLDER.test(msgid + (msgid_plural ?? '')) && !entry.flags.includes(format)) entry.flags.push(format);
    if (msgid_plural && entry.msgid_plural && msgid_plural !== entry.msgid_plural) throw new Error(`${file}: "${msgid}" has two plurals`);
    entry.msgid_plural ??= msgid_plural;
    if (!entry.references.includes(file)) entry.references.push(file);
    if (comment && !entry.comments.includes(comment)) entry.comments.push(comment);
    entries.set(key, entry);
  }
  return [...entries.values()];
}

/** gettext-parser's shape of `entries`: { context: { msgid: entry } }, the header under '' → ''. */
function table(entries, headers, translate = () => undefined, comment = '') {
  const translations = { '': { '': { msgid: '', msgstr: [''], comments: { translator: comment } } } };
  for (const entry of entries) {
    const context = entry.msgctxt ?? '';
    translations[context] ??= {};
    translations[context][entry.msgid] = {
      ...(entry.msgctxt === undefined ? {} : { msgctxt: entry.msgctxt }),
      msgid: entry.msgid,
      ...(entry.msgid_plural ? { msgid_plural: entry.msgid_plural } : {}),
      msgstr: translate(entry) ?? (entry.msgid_plural ? ['', ''] : ['']),
      comments: {
        ...(entry.comments.length ? { extracted: entry.comments.join('\n') } : {}),
        reference: entry.references.join(' '),
        ...(entry.flags?.length ? { flag: entry.flags.join(', ') } : {}),
      },
    };
  }
  return { charset: 'utf-8', headers, translations };
}

const POT_HEADERS = {
  'Project-Id-Version': DOMAIN,
  'Report-Msgid-Bugs-To': '',
  'MIME-Version': '1.0',
  'Content-Type': 'text/plain; charset=UTF-8',
  'Content-Transfer-Encoding': '8bit',
  'X-Generator': 'calf-check scripts/build/wordpress-i18n.mjs',
  'X-Domain': DOMAIN,
};
const POT_COMMENT = [
  "The calf-check WordPress plugin's own words: the template for its translations.",
  "Written by scripts/build/wordpress-i18n.mjs from the plugin's code; do not edit it by hand.",
  'This file is distributed under the same licence as the plugin (MIT).',
].join('\n');

/** The template's text, as the committed calf-check.pot must be. */
export function potText(root = 'wordpress') {
  return `${po.compile(table(extractStrings(root), POT_HEADERS, undefined, POT_COMMENT), { sort: false }).toString('utf8')}\n`;
}

/** The locales with a .po beside the template: calf-check-<locale>.po → <locale>. */
export function poLocales(dir = LANGUAGES) {
  return readdirSync(dir)
    .map((name) => new RegExp(`^${DOMAIN}-(.+)\\.po$`).exec(name)?.[1])
    .filter(Boolean)
    .sort();
}

/** A .po parsed: its headers and its translated entries, [{ msgctxt, msgid, msgid_plural, msgstr: [] }]. */
export function readPo(locale, dir = LANGUAGES) {
  const parsed = po.parse(readFileSync(join(dir, `${DOMAIN}-${locale}.po`)));
  const entries = [];
  for (const [context, messages] of Object.entries(parsed.translations)) {
    for (const [msgid, entry] of Object.entries(messages)) {
      if (msgid === '' && context === '') continue;
      entries.push({
        msgctxt: entry.msgctxt,
        msgid,
        msgid_plural: entry.msgid_plural,
        msgstr: entry.msgstr,
        fuzzy: /\bfuzzy\b/.test(entry.comments?.flag ?? ''),
        references: (entry.comments?.reference ?? '').split(/\s+/).filter(Boolean),
      });
    }
  }
  return { headers: parsed.headers, entries, comment: parsed.translations['']?.['']?.comments?.translator ?? '' };
}

/** Entries WordPress should use: translated in full and not fuzzy. */
const usable = (entries) => entries.filter((entry) => !entry.fuzzy && entry.msgstr.length && entry.msgstr.every((text) => text !== ''));

/**
 * A PHP literal of `text`: single-quoted parts (only \\ and ' escaped, so nothing in it is interpolated), joined with
 * "\4" (the context separator) and "\0" (which joins plural forms) written as escapes.
 */
function phpString(text) {
  const escapes = { '\0': '"\\0"', '\u0004': '"\\4"' };
  const parts = [];
  let run = '';
  for (const char of text) {
    if (!escapes[char]) {
      run += char;
      continue;
    }
    if (run) parts.push(`'${run.replace(/[\\']/g, (m) => `\\${m}`)}'`);
    parts.push(escapes[char]);
    run = '';
  }
  if (run || !parts.length) parts.push(`'${run.replace(/[\\']/g, (m) => `\\${m}`)}'`);
  return parts.join(' . ');
}

/** WordPress 6.5+'s translation file: `<?php return [headers…, 'messages' => [original => translation]];`. */
function l10nPhp(headers, entries) {
  const pairs = [
    ...Object.entries({
      'project-id-version': headers['Project-Id-Version'] ?? DOMAIN,
      language: headers.Language,
      'plural-forms': headers['Plural-Forms'],
      'po-revision-date': headers['PO-Revision-Date'],
      'x-generator': POT_HEADERS['X-Generator'],
    })
      .filter(([, value]) => value)
      .map(([key, value]) => `${phpString(key)}=>${phpString(value)}`),
    `'messages'=>[${usable(entries)
      .map((entry) => `${phpString((entry.msgctxt === undefined ? '' : `${entry.msgctxt}\u0004`) + entry.msgid)}=>${phpString(entry.msgstr.join('\0'))}`)
      .join(',')}]`,
  ];
  return `<?php\n// Compiled from calf-check-${headers.Language}.po by scripts/build/wordpress-i18n.mjs.\nreturn [${pairs.join(',')}];\n`;
}

/** The JED 1.x data wp.i18n.setLocaleData() takes, with the entries of the editor script only (as wp i18n make-json). */
function jed(headers, entries) {
  const messages = { '': { domain: 'messages', lang: headers.Language, 'plural-forms': headers['Plural-Forms'] } };
  for (const entry of usable(entries).filter((e) => e.references.includes(EDITOR_SCRIPT))) {
    messages[(entry.msgctxt === undefined ? '' : `${entry.msgctxt}\u0004`) + entry.msgid] = entry.msgstr;
  }
  return JSON.stringify({
    'translation-revision-date': headers['PO-Revision-Date'],
    generator: POT_HEADERS['X-Generator'],
    source: EDITOR_SCRIPT,
    domain: 'messages',
    locale_data: { messages },
  });
}

/**
 * What the build adds to the plugin's languages/ folder: for each .po, its .mo, .l10n.php and the editor's JSON, as
 * [path inside the plugin, bytes].
 */
export function translationFiles(dir = LANGUAGES) {
  const template = extractStrings().map((entry) => `${entry.msgctxt ?? ''}\u0004${entry.msgid}`);
  const stale = potText() !== readFileSync(POT, 'utf8');
  if (stale) console.warn(`${POT} is stale: run node scripts/build/wordpress-i18n.mjs --update-po`);
  return poLocales(dir).flatMap((locale) => {
    const { headers, entries } = readPo(locale, dir);
    if (headers.Language !== locale) throw new Error(`${DOMAIN}-${locale}.po: its Language header is ${headers.Language}`);
    const missing = template.filter((key) => !usable(entries).some((entry) => `${entry.msgctxt ?? ''}\u0004${entry.msgid}` === key));
    if (missing.length) console.warn(`${DOMAIN}-${locale}.po: ${missing.length} string(s) untranslated, shown in English`);
    const data = table(usable(entries).map((entry) => ({ ...entry, comments: [], references: [] })), headers, (entry) => entry.msgstr);
    return [
      [`languages/${DOMAIN}-${locale}.mo`, mo.compile(data)],
      [`languages/${DOMAIN}-${locale}.l10n.php`, Buffer.from(l10nPhp(headers, entries))],
      [`languages/${DOMAIN}-${locale}-${EDITOR_HANDLE}.json`, Buffer.from(jed(headers, entries))],
    ];
  });
}

/** Each .po brought in line with the template: its translations kept, new strings empty, gone ones dropped. */
export function updatePo(dir = LANGUAGES) {
  const template = extractStrings();
  for (const locale of poLocales(dir)) {
    const { headers, entries, comment } = readPo(locale, dir);
    const kept = (entry) => entries.find((e) => (e.msgctxt ?? '') === (entry.msgctxt ?? '') && e.msgid === entry.msgid && !e.fuzzy);
    const text = po.compile(table(template, headers, (entry) => kept(entry)?.msgstr, comment), { sort: false }).toString('utf8');
    writeFileSync(join(dir, `${DOMAIN}-${locale}.po`), `${text}\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = potText();
  const current = (() => {
    try {
      return readFileSync(POT, 'utf8');
    } catch {
      return null;
    }
  })();
  if (process.argv.includes('--check')) {
    if (text !== current) {
      console.error(`${POT} is stale: run node scripts/build/wordpress-i18n.mjs`);
      process.exit(1);
    }
    console.log(`${POT}: up to date`);
  } else {
    writeFileSync(POT, text);
    console.log(`${POT}: ${extractStrings().length} strings`);
    if (process.argv.includes('--update-po')) {
      updatePo();
      console.log(`${poLocales().length} .po files merged with it`);
    }
  }
}
