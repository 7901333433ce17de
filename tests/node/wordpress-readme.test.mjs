/**
 * wordpress/readme.txt, the page the WordPress.org plugin directory shows: its headers in the directory's format and
 * in step with the plugin's own header (wordpress/calf-check.php) and with the cores the plugin's tests run on
 * (tests/infra/wordpress/cores.mjs), its FAQ answering what the plugin stores and sends, and the file inside the zip.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { unzip } from '../../scripts/build/zip.mjs';
import { CORES } from '../infra/wordpress/cores.mjs';

const README = readFileSync('wordpress/readme.txt', 'utf8');
const PLUGIN = readFileSync('wordpress/calf-check.php', 'utf8');
const UNINSTALL = readFileSync('wordpress/uninstall.php', 'utf8');
const REQUIRED = ['Contributors', 'Tags', 'Requires at least', 'Tested up to', 'Requires PHP', 'Stable tag', 'License', 'License URI'];

/** `Name: value` from the plugin file's header comment. */
const pluginHeader = (name) => new RegExp(`^ \\* ${name}:\\s+(.+)$`, 'm').exec(PLUGIN)?.[1].trim();

/** The readme as the directory reads it: the name, the header fields, the short description, then the sections. */
function parse(text) {
  const lines = text.split('\n');
  const name = /^=== (.+) ===$/.exec(lines[0])?.[1];
  let i = 1;
  const headers = {};
  for (; lines[i]?.trim(); i++) {
    const [, key, value] = /^([^:]+):\s*(.*)$/.exec(lines[i]) ?? [];
    if (key) headers[key.trim()] = value.trim();
  }
  while (lines[i] !== undefined && !lines[i].trim()) i++;
  const short = lines[i] ?? '';
  const sections = {};
  let current;
  for (const line of lines.slice(i + 1)) {
    const heading = /^== (.+) ==$/.exec(line);
    if (heading) sections[(current = heading[1])] = '';
    else if (current) sections[current] += `${line}\n`;
  }
  return { name, headers, short, sections };
}

/** A section's `= Question =` entries → { question: answer }. */
function entries(section) {
  const found = {};
  let current;
  for (const line of section.split('\n')) {
    const question = /^= (.+) =$/.exec(line);
    if (question) found[(current = question[1])] = '';
    else if (current) found[current] += `${line}\n`;
  }
  return found;
}

const seriesOf = (version) => /^\d+\.\d+/.exec(version)[0];
const bySeries = (a, b) => a.series.localeCompare(b.series, 'en', { numeric: true });
const { name, headers, short, sections } = parse(README);

describe('wordpress/readme.txt', () => {
  test("names the plugin as its header does, with every header the plugin directory requires", () => {
    assert.equal(name, pluginHeader('Plugin Name'));
    for (const key of REQUIRED) assert.ok(headers[key], `${key}: missing or empty`);
  });

  test("Requires at least, Requires PHP, Stable tag and License agree with the plugin's header", () => {
    assert.equal(headers['Requires at least'], pluginHeader('Requires at least'));
    assert.equal(headers['Requires PHP'], pluginHeader('Requires PHP'));
    assert.equal(headers['Stable tag'], pluginHeader('Version'));
    assert.equal(headers.License, pluginHeader('License'));
  });

  test('Tested up to is the newest core the plugin tests run on, and Requires at least the oldest', () => {
    const cores = [...CORES].sort(bySeries);
    assert.equal(headers['Tested up to'], cores.at(-1).series);
    assert.equal(seriesOf(headers['Requires at least']), cores[0].series);
  });

  test('the short description is one plain line of at most 150 characters', () => {
    assert.ok(short.length > 0 && short.length <= 150, `${short.length} characters: ${short}`);
    assert.doesNotMatch(short, /[<>*`[\]]/, 'no markup: the directory shows it as text');
  });

  test("has the directory's sections, and a changelog entry for the stable version", () => {
    for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog']) {
      assert.ok(sections[section]?.trim(), `== ${section} == missing or empty`);
    }
    assert.ok(entries(sections.Changelog)[headers['Stable tag']]?.trim(), `no = ${headers['Stable tag']} = in the changelog`);
  });

  test('the FAQ says what the plugin stores: every option uninstall.php deletes, kept in wp_options and removed with the plugin', () => {
    const faq = entries(sections['Frequently Asked Questions']);
    const [, answer] = Object.entries(faq).find(([question]) => /\bstore/i.test(question)) ?? [];
    assert.ok(answer, `no question about what it stores: ${Object.keys(faq).join(' | ')}`);
    // What uninstall.php removes is what the plugin keeps: its option, and its transients by their prefix.
    const option = /'CALF_CHECK_OPTION', '([^']+)'/.exec(PLUGIN)[1];
    const deleted = [...UNINSTALL.matchAll(/delete_option\( '([^']+)' \)/g)].map((m) => m[1]);
    const transients = [...UNINSTALL.matchAll(/'_transient_(?!timeout_)([a-z_]+?)_?%'/g)].map((m) => m[1]);
    assert.ok(deleted.includes(option), `uninstall.php deletes ${option}`);
    assert.ok(transients.length > 0, 'uninstall.php deletes the refused-value transients');
    for (const stored of [...deleted, ...transients]) assert.ok(answer.includes(stored), `the answer names ${stored}`);
    assert.match(answer, /wp_options/);
    assert.match(answer, /Deleting the plugin[^.]*removes/);
  });

  test('the FAQ says what the plugin sends: nothing, no request, no cookie, no tracking, answers kept in the browser', () => {
    const faq = entries(sections['Frequently Asked Questions']);
    const [, answer] = Object.entries(faq).find(([question]) => /\bsend/i.test(question)) ?? [];
    assert.ok(answer, `no question about what it sends: ${Object.keys(faq).join(' | ')}`);
    assert.match(answer, /^\s*Nothing\./);
    assert.match(answer, /no network request/);
    assert.match(answer, /no cookie/);
    assert.match(answer, /no tracking/);
    assert.match(answer, /answers stay in their browser/);
    // The one option that sends something when the clinic turns it on is named, by its label in the settings.
    const shareLabel = /'share-result'\s*=> array\(\s*'kind'\s*=> 'boolean',\s*'label' => __\( '([^']+)'/.exec(readFileSync('wordpress/attributes.php', 'utf8'))[1];
    assert.ok(answer.includes(shareLabel), `the answer names "${shareLabel}"`);
  });

  test('the FAQ names each core the tests run on', () => {
    const answer = Object.entries(entries(sections['Frequently Asked Questions'])).find(([question]) => /tested/i.test(question))?.[1] ?? '';
    // Debian's own version may move within 6.1 with its security updates; the package's cores are pinned.
    for (const core of CORES) assert.ok(answer.includes(core.debian ? `WordPress ${core.series}` : core.version), `names ${core.version}`);
  });

  test('the built plugin zip carries this readme.txt', () => {
    const files = new Map(unzip(readFileSync('dist/wordpress/calf-check.zip')));
    assert.equal(files.get('calf-check/readme.txt')?.toString('utf8'), README, 'dist/wordpress/calf-check.zip: run npm run build');
  });
});
