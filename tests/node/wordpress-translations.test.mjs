/**
 * The WordPress plugin's own words in 17 languages (wordpress/languages/): first without WordPress, that the committed
 * template is what scripts/build/wordpress-i18n.mjs extracts from the code, that every .po translates all of it and
 * keeps its placeholders, and that the zip carries what the build compiled; then, on each of
 * tests/infra/wordpress/cores.mjs's CORES (the same stack as tests/node/wordpress.test.mjs, a site of its own), that
 * WordPress loads those files: every locale's .mo (and from 6.5 its .l10n.php) gives the .po's words, an administrator of
 * a site in German or Urdu sees the settings page in that language, a refused value is explained in German, and the block
 * editor's script gets its words through wp.i18n. Without the stack, or locally without the npm package of the newer
 * cores, the WordPress part is skipped with one line; with CI=true it must run.
 */
/* global window, document -- the functions handed to puppeteer's evaluate run in the page. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { mo } from 'gettext-parser';
import puppeteer from 'puppeteer-core';
import { DOMAIN, EDITOR_HANDLE, POT, extractCalls, extractStrings, poLocales, potText, readPo } from '../../scripts/build/wordpress-i18n.mjs';
import { unzip } from '../../scripts/build/zip.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../infra/browsers.mjs';
import { CORES, CoresUnavailable, prepareCores } from '../infra/wordpress/cores.mjs';
import { PASSWORD, missingStack, startDatabase, startSite } from '../infra/wordpress/site.mjs';

const ZIP = resolve('dist/wordpress/calf-check.zip');
/** The widget's 17 languages other than English, as WordPress names its locales (its translate.wordpress.org codes). */
const LOCALES = ['ar', 'de_DE', 'es_ES', 'fr_FR', 'hi_IN', 'it_IT', 'ja', 'ko_KR', 'nl_NL', 'pl_PL', 'pt_BR', 'tl', 'tr_TR', 'ur', 'vi', 'zh_CN', 'zh_TW'];
const key = (entry) => `${entry.msgctxt ?? ''}\u0004${entry.msgid}`;
const template = extractStrings();
/** locale → { template key → translation }, from the committed .po files. */
const translations = Object.fromEntries(LOCALES.map((locale) => [locale, Object.fromEntries(readPo(locale).entries.map((e) => [key(e), e.msgstr]))]));
/** The .po's translation of `msgid` (no context) in `locale`. */
const tr = (locale, msgid, context) => translations[locale][`${context ?? ''}\u0004${msgid}`][0];

/** The placeholders of a string: numbered ones as a sorted set (a translation may reorder them), the others in order. */
function placeholders(text) {
  const all = [...text.matchAll(/%(?:(\d+)\$)?([sd%])/g)].filter((m) => m[2] !== '%');
  return { numbered: all.filter((m) => m[1]).map((m) => m[0]).sort(), plain: all.filter((m) => !m[1]).map((m) => m[0]) };
}
/** What must reach a translation as it is: the plugin's name and shortcode, schemes, codes, addresses, numbers to type. */
const VERBATIM = /\[calf-check\]|calf-check|https:\/\/|\btel:|\bmailto:|#[0-9a-f]{3,6}\b|\S+@\S+\.example|\+44 20 7946 0000|\b(?:999|911|112|000)\b|\btrue\b|\bfalse\b|\bHTML\b|\b3:1\b/g;

describe('the plugin’s translations, as files', () => {
  test('the committed calf-check.pot is what scripts/build/wordpress-i18n.mjs extracts from the code (else run it)', () => {
    assert.equal(readFileSync(POT, 'utf8'), potText(), `${POT} is stale: run node scripts/build/wordpress-i18n.mjs --update-po`);
    // Every call the settings page, notices and block make is in it; block.json's fields with WordPress's contexts.
    const ids = template.map(key);
    for (const wanted of ['\u0004Booking page', '\u0004Widget options', 'block description\u0004', 'block keyword\u0004calf']) {
      assert.ok(ids.some((id) => id.startsWith(wanted) || id === wanted), `the template has ${JSON.stringify(wanted)}`);
    }
  });

  test('the extractor refuses a translated string it could not keep in the template', () => {
    assert.deepEqual(
      extractCalls("<?php /* translators: %s: a name. */\nprintf( __( 'Hi %s', 'calf-check' ), $n ); esc_html_e( 'It\\'s', 'calf-check' ); _x( 'Post', 'noun', 'calf-check' );", 'php', 'x.php').map(
        ({ msgid, msgctxt, comment }) => [msgid, msgctxt, comment],
      ),
      [['Hi %s', undefined, 'translators: %s: a name.'], ["It's", undefined, undefined], ['Post', 'noun', undefined]],
    );
    assert.throws(() => extractCalls("<?php __( $text, 'calf-check' );", 'php', 'x.php'), /string literal/);
    assert.throws(() => extractCalls("<?php __( 'Hi', 'other' );", 'php', 'x.php'), /text domain "other"/);
    assert.throws(() => extractCalls('<?php __( "Hi $name", \'calf-check\' );', 'php', 'x.php'), /variable/);
    assert.deepEqual(extractCalls("const __ = i18n.__; el('p', null, __('Default', 'calf-check'));", 'js', 'x.js').map((c) => c.msgid), ['Default']);
  });

  test(`a .po for each of the widget's other languages, in WordPress's locale codes: ${LOCALES.join(' ')}`, () => {
    assert.deepEqual(poLocales(), LOCALES);
    for (const locale of LOCALES) {
      const { headers } = readPo(locale);
      assert.equal(headers.Language, locale);
      assert.match(headers['Plural-Forms'] ?? '', /^nplurals=\d; plural=.+;$/, `${locale}: Plural-Forms`);
    }
  });

  for (const locale of LOCALES) {
    test(`${locale}: every string of the .pot translated, not fuzzy, with its placeholders and the words kept as they are`, () => {
      const { entries } = readPo(locale);
      assert.deepEqual(entries.map(key).sort(), template.map(key).sort(), 'the same strings as the template (node scripts/build/wordpress-i18n.mjs --update-po)');
      for (const entry of entries) {
        const where = `${locale} ${JSON.stringify(entry.msgid.slice(0, 60))}`;
        assert.ok(!entry.fuzzy, `${where} is fuzzy`);
        assert.ok(entry.msgstr.length && entry.msgstr.every((text) => text.trim() !== ''), `${where} is untranslated`);
        for (const text of entry.msgstr) {
          assert.deepEqual(placeholders(text), placeholders(entry.msgid), `${where}: placeholders`);
          for (const [token] of entry.msgid.matchAll(VERBATIM)) assert.ok(text.includes(token), `${where}: keeps ${token}`);
          assert.ok(!/<[a-z/]/i.test(text) || /<[a-z/]/i.test(entry.msgid), `${where}: no markup added`);
        }
      }
    });
  }

  test('the zip carries, for each locale, the .mo, the .l10n.php and the block editor’s JSON compiled from its .po', () => {
    assert.ok(existsSync(ZIP), `${ZIP} is missing: run npm run build`);
    const files = new Map(unzip(readFileSync(ZIP)));
    assert.ok(files.has(`${DOMAIN}/languages/${DOMAIN}.pot`));
    const editorStrings = template.filter((entry) => entry.references.includes('block/editor.js'));
    assert.ok(editorStrings.length >= 3);
    for (const locale of LOCALES) {
      const base = `${DOMAIN}/languages/${DOMAIN}-${locale}`;
      const compiled = mo.parse(files.get(`${base}.mo`));
      assert.equal(compiled.headers.Language, locale);
      for (const entry of template) {
        assert.deepEqual(compiled.translations[entry.msgctxt ?? '']?.[entry.msgid]?.msgstr, translations[locale][key(entry)], `${locale} .mo: ${entry.msgid}`);
      }
      assert.match(files.get(`${base}.l10n.php`).toString(), /^<\?php\n[\s\S]*\nreturn \[.*'messages'=>\[/);
      const jed = JSON.parse(files.get(`${base}-${EDITOR_HANDLE}.json`).toString());
      const messages = jed.locale_data.messages;
      assert.equal(messages[''].lang, locale);
      assert.deepEqual(Object.keys(messages).filter(Boolean).sort(), editorStrings.map((e) => e.msgid).sort(), `${locale} JSON: the editor script's strings only`);
      for (const entry of editorStrings) assert.deepEqual(messages[entry.msgid], translations[locale][key(entry)]);
    }
  });
});

const missing = [...missingStack(), ...(chromiumPath() ? [] : ['chromium'])];

/** The cores whose files are ready; the others are reported once, as a failure in CI, else as one skipped line. */
function readyCores() {
  if (missing.length) {
    const message = `WordPress stack not installed (Debian: apt-get install ${missing.join(' ')})`;
    if (process.env.CI === 'true') test(`WordPress translations: CI needs the stack. ${message}`, () => assert.fail(message));
    else test(`WordPress translations: skipped, ${message}`, { skip: true }, () => {});
    return [];
  }
  try {
    return prepareCores();
  } catch (error) {
    const names = `WordPress ${CORES.filter((core) => core.build).map((core) => core.version).join(', ')}`;
    if (error instanceof CoresUnavailable && process.env.CI !== 'true') test(`${names} translations: skipped, ${error.message}`, { skip: true }, () => {});
    else test(`${names} translations: the cores could be made ready`, () => assert.fail(error));
    return CORES.filter((core) => !core.build);
  }
}

let database;
after(async () => (await database?.catch(() => null))?.stop());

for (const core of readyCores()) {
  describe(`WordPress ${core.version}: the plugin in other languages`, { timeout: 600_000 }, () => {
    let site;
    let browser;

    before(async () => {
      assert.ok(existsSync(ZIP), `${ZIP} is missing: run npm run build`);
      database ??= startDatabase();
      site = await startSite(core, await database);
      // Installed as the upload would (the other suite tests that screen): the zip unpacked into plugins/, then activated.
      for (const [name, data] of unzip(readFileSync(ZIP))) {
        mkdirSync(dirname(join(site.content, 'plugins', name)), { recursive: true });
        writeFileSync(join(site.content, 'plugins', name), data);
      }
      site.php("require_once ABSPATH . 'wp-admin/includes/plugin.php'; $r = activate_plugin( 'calf-check/calf-check.php' ); if ( is_wp_error( $r ) ) { echo $r->get_error_message(); exit( 1 ); }");
      browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
    });
    after(async () => {
      await browser?.close();
      site?.stop();
    });

    /**
     * The site's language, WPLANG, set as Settings → General would if WordPress's own files for it were installed (the
     * option accepts only an installed language; these cores have none, so their own words stay English).
     */
    const siteLanguage = (locale) => {
      site.sql(`INSERT INTO wp_options (option_name, option_value, autoload) VALUES ('WPLANG', '${locale}', 'yes') ON DUPLICATE KEY UPDATE option_value = '${locale}'`);
      return site.php("echo get_locale();");
    };

    /** A browser page logged in as the Administrator (its own cookies). */
    async function admin() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.goto(`${site.url}/wp-login.php`);
      await page.$eval('#user_login', (el) => (el.value = 'administrator'));
      await page.$eval('#user_pass', (el, value) => (el.value = value), PASSWORD);
      await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
      assert.match(page.url(), /wp-admin/);
      return page;
    }

    /** What the Administrator reads on Settings → calf-check. */
    async function settingsPage(page) {
      await page.goto(`${site.url}/wp-admin/options-general.php?page=calf-check`);
      return page.evaluate(() => ({
        lang: document.documentElement.lang,
        intro: document.querySelector('.wrap > p').textContent,
        labels: Object.fromEntries([...document.querySelectorAll('.form-table label[for]')].map((label) => [label.htmlFor.replace('calf-check-', ''), label.textContent])),
        help: Object.fromEntries([...document.querySelectorAll('.form-table .description')].map((p) => [p.id.replace(/^calf-check-|-help$/g, ''), p.textContent])),
        themes: [...document.querySelectorAll('#calf-check-theme option')].map((option) => option.textContent),
      }));
    }

    test(`every locale's .mo${core.scriptModules ? ' and .l10n.php' : ''} loads in WordPress ${core.version} and gives its .po's words`, () => {
      const dir = `${site.content}/plugins/calf-check/languages`;
      // From 6.5 WordPress reads the .l10n.php when there is one and the .mo otherwise: each is tested alone.
      const formats = core.scriptModules ? ['mo', 'php'] : ['mo'];
      const loaded = JSON.parse(
        site.php(`$out = array(); $entries = json_decode( base64_decode( '${Buffer.from(JSON.stringify(template.map((e) => [e.msgctxt ?? null, e.msgid]))).toString('base64')}' ), true );
          foreach ( json_decode( ${JSON.stringify(JSON.stringify(formats))} ) as $format ) {
            add_filter( 'translation_file_format', function () use ( $format ) { return $format; } );
            // Only the chosen format may load: the other file's path is turned into one that does not exist.
            $only = function ( $file ) use ( $format ) { return 'php' === $format ? str_replace( '.mo', '.none', $file ) : $file; };
            add_filter( 'load_translation_file', $only );
            foreach ( json_decode( ${JSON.stringify(JSON.stringify(LOCALES))} ) as $locale ) {
              unload_textdomain( 'calf-check' );
              $ok = load_textdomain( 'calf-check', "${dir}/calf-check-$locale.mo", $locale );
              $words = array();
              foreach ( $entries as $e ) { $words[] = null === $e[0] ? __( $e[1], 'calf-check' ) : _x( $e[1], $e[0], 'calf-check' ); }
              $out[ $format ][ $locale ] = array( 'loaded' => $ok, 'words' => $words );
            }
            remove_all_filters( 'translation_file_format' ); remove_filter( 'load_translation_file', $only );
          }
          echo wp_json_encode( $out );`),
      );
      for (const format of formats) {
        for (const locale of LOCALES) {
          const { loaded: ok, words } = loaded[format][locale];
          assert.equal(ok, true, `${format} ${locale} loaded`);
          assert.deepEqual(words, template.map((entry) => translations[locale][key(entry)][0]), `${format} ${locale}`);
        }
      }
    });

    test('a site in German: the Administrator sees the settings page’s labels, help and choices in German', async () => {
      assert.equal(siteLanguage('de_DE').trim(), 'de_DE');
      const page = await admin();
      const seen = await settingsPage(page);
      assert.equal(seen.lang, 'de-DE');
      assert.equal(seen.intro, tr('de_DE', 'Defaults for every widget on this site. A shortcode or block option overrides them: [calf-check] alone uses these.'));
      assert.equal(seen.intro, 'Standardwerte für jedes Widget auf dieser Website. Eine Option im Shortcode oder Block hat Vorrang: [calf-check] allein verwendet diese.');
      assert.equal(seen.labels['booking-url'], 'Buchungsseite');
      assert.equal(seen.labels['emergency-number'], 'Notrufnummer');
      assert.equal(seen.labels.accent, 'Markenfarbe');
      assert.equal(seen.help['booking-url'], 'Die vollständige Adresse deiner Buchungsseite, beginnend mit https:// (oder ein tel:- oder mailto:-Link).');
      assert.match(seen.help.languages, /^Zwei oder mehr, durch Leerzeichen getrennt, um eine Sprachauswahl anzuzeigen\. Enthalten: [a-zA-Z-]+( [a-zA-Z-]+)+\.$/);
      assert.ok(seen.help.languages.includes(' de '), 'the shipped tags filled in');
      assert.deepEqual(seen.themes, ['Standard des Widgets', 'Hell', 'Dunkel', 'Automatisch (folgt dem System des Lesers)']);
      // The plugin's header too (Domain Path: /languages), as the Plugins screen and the REST API show it.
      const plugin = (await site.rest('administrator', '/wp/v2/plugins')).find((p) => p.plugin === 'calf-check/calf-check');
      assert.equal(plugin.description.raw, tr('de_DE', template[0].msgid));
      // No English label left: each is the .po's word.
      for (const [name, label] of Object.entries(seen.labels)) assert.notEqual(label, template.find((e) => e.msgid === label)?.msgid, `${name}: ${label}`);
      await page.browserContext().close();
    });

    test('a site in German: a refused value is explained in German, on the settings page and above the widget', async () => {
      siteLanguage('de_DE');
      const page = await admin();
      await page.goto(`${site.url}/wp-admin/options-general.php?page=calf-check`);
      await page.$eval('#calf-check-booking-url', (el) => (el.value = 'javascript:alert(1)'));
      await page.$eval('#calf-check-accent', (el) => (el.value = '#ffff00'));
      await Promise.all([page.waitForNavigation(), page.click('#submit')]);
      const error = (field) => page.$eval(`#calf-check-${field}-error`, (el) => el.textContent);
      assert.equal(
        await error('booking-url'),
        'Nicht gespeichert: Diese Art von Link kann nicht für die Buchung verwendet werden. Gib die Adresse deiner Buchungsseite ein, beginnend mit https://.',
      );
      // The ratio written with the site's number format (WordPress's own German files would make it 1,0).
      assert.match(await error('accent'), /^Nicht gespeichert: Diese Farbe ist auf dem weißen Hintergrund zu blass \(1[.,]0:1\)\. Sie braucht 3:1, .* Wähle eine dunklere\.$/);
      assert.match(await page.$eval('#setting-error-calf-check-refused', (el) => el.textContent), /Einige Werte wurden nicht gespeichert\. Neben jedem Feld steht, warum\./);
      await page.browserContext().close();

      const post = await site.rest('administrator', '/wp/v2/posts', {
        method: 'POST',
        body: { title: 'Refused', status: 'publish', content: '<!-- wp:shortcode -->\n[calf-check booking-url="javascript:alert(1)" heading-level="9"]\n<!-- /wp:shortcode -->' },
      });
      const reader = await admin();
      await reader.goto(post.link);
      const note = await reader.$eval('.calf-check-refused', (el) => el.innerText);
      assert.match(note, /^Nur wer diesen Beitrag bearbeiten kann, sieht diesen Hinweis\. Das calf-check-Widget hat diese Optionen nicht verwendet:/);
      assert.match(note, /Buchungsseite \(booking-url\): Diese Art von Link kann nicht für die Buchung verwendet werden\./);
      assert.match(note, /Überschriftenebene \(heading-level\): Wähle einen dieser Werte: 1, 2, 3, 4, 5, 6\./);
      await reader.browserContext().close();
    });

    test('a site in Urdu: the Administrator sees the settings page’s labels, help and choices in Urdu', async () => {
      assert.equal(siteLanguage('ur').trim(), 'ur');
      const page = await admin();
      const seen = await settingsPage(page);
      assert.equal(seen.lang, 'ur');
      assert.equal(seen.intro, tr('ur', 'Defaults for every widget on this site. A shortcode or block option overrides them: [calf-check] alone uses these.'));
      assert.equal(seen.labels['booking-url'], 'بکنگ صفحہ');
      assert.equal(seen.labels['clinic-name'], 'کلینک کا نام');
      assert.equal(seen.help['booking-url'], 'آپ کے بکنگ صفحے کا مکمل پتہ، جو https:// سے شروع ہو (یا کوئی tel: یا mailto: لنک)۔');
      assert.deepEqual(seen.themes, ['ویجٹ کی طے شدہ قدر', 'ہلکا', 'گہرا', 'خودکار (قاری کے سسٹم کے مطابق)']);
      await page.browserContext().close();
    });

    test('a site in German: the block editor’s script gets its words from the JSON, and its sidebar and block card are in German', async () => {
      siteLanguage('de_DE');
      const post = await site.rest('administrator', '/wp/v2/posts', { method: 'POST', body: { title: 'Editor', status: 'draft', content: '<!-- wp:calf-check/calf-check /-->' } });
      const page = await admin();
      await page.setViewport({ width: 1400, height: 1000 });
      const response = await page.goto(`${site.url}/wp-admin/post.php?post=${post.id}&action=edit`, { timeout: 60_000 });
      // WordPress prints the JSON with the editor script, as wp.i18n.setLocaleData( …, 'calf-check' ) (6.1 quotes the id with ').
      const html = await response.text();
      const inline = /<script[^>]*id=["']calf-check-editor-js-translations["'][^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
      assert.match(inline, /wp\.i18n\.setLocaleData\(/);
      assert.match(inline, /"calf-check"/);
      assert.ok(inline.includes('Widget-Optionen'), 'the JSON is printed');
      await page.waitForFunction(() => window.wp?.blocks?.getBlockType('calf-check/calf-check'), { timeout: 60_000 });
      assert.deepEqual(
        await page.evaluate(() => ['Default', 'Widget options', 'Empty options use the defaults under Settings → calf-check.'].map((text) => window.wp.i18n.__(text, 'calf-check'))),
        ['Standard', 'Widget-Optionen', 'Leere Optionen verwenden die Standardwerte unter Einstellungen → calf-check.'],
      );
      // block.json's description, translated on the server with the block's text domain.
      assert.equal(await page.evaluate(() => window.wp.blocks.getBlockType('calf-check/calf-check').description), tr('de_DE', template.find((e) => e.msgctxt === 'block description').msgid, 'block description'));
      await page.keyboard.press('Escape');
      await page.evaluate(() => {
        const { select, dispatch } = window.wp.data;
        dispatch('core/block-editor').selectBlock(select('core/block-editor').getBlocks()[0].clientId);
      });
      const sidebar = await page.waitForFunction(
        () => {
          const inspector = document.querySelector('.block-editor-block-inspector');
          return inspector?.textContent.includes('Widget-Optionen') && inspector.textContent.includes('Buchungsseite') ? inspector.textContent : null;
        },
        { timeout: 30_000 },
      );
      const text = await sidebar.jsonValue();
      assert.ok(text.includes('Leere Optionen verwenden die Standardwerte unter Einstellungen → calf-check.'), 'the panel’s note');
      assert.ok(text.includes('Die vollständige Adresse deiner Buchungsseite'), 'a field’s help, from the PHP');
      await page.browserContext().close();
    });

    test('PHP logged no warning or notice from the plugin (none about loading its translations too early)', () => {
      const log = existsSync(`${site.dir}/debug.log`) ? readFileSync(`${site.dir}/debug.log`, 'utf8') : '';
      // 6.7 warns, naming the domain, when a plugin's translations are loaded before init.
      assert.deepEqual(log.split('\n').filter((line) => line.includes('/plugins/calf-check/') || line.includes('<code>calf-check</code>')), []);
    });
  });
}
