/**
 * The WordPress plugin (dist/wordpress/calf-check.zip) on real WordPress cores, the same tests on each of
 * tests/infra/wordpress/cores.mjs's CORES in turn (Debian's 6.1, and 6.5 and 6.7 from @wp-playground/wordpress-builds,
 * where the plugin loads the widget as a script module instead), each a suite named by its version: sites started and
 * stopped by this file (tests/infra/wordpress/site.mjs), posts saved through the REST API as each role, every page read
 * in Chromium as a visitor would. Without the stack, or locally without the package, it is skipped with one line;
 * with CI=true it must run.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../infra/browsers.mjs';
import { CORES, CoresUnavailable, prepareCores } from '../infra/wordpress/cores.mjs';
import { PASSWORD, missingStack, startDatabase, startSite } from '../infra/wordpress/site.mjs';

const ZIP = resolve('dist/wordpress/calf-check.zip');
const MODULE_DIR = '/wp-content/plugins/calf-check/build/';
/** The widget's files a page can load: every language, or one language's alone. */
const ALL_LANGUAGES = 'calf-check.js';
const ENGLISH_ONLY = 'calf-check.en.js';
const ATTRIBUTES = ['booking-url', 'phone', 'clinic-name', 'clinic-email', 'emergency-number', 'booking-target', 'share-result', 'heading-level', 'theme', 'languages', 'lang'];
/** Markup and script that must stay text wherever it is put. */
const MARKUP = '"><script>window.__pwned=1</script><img src=x onerror=window.__pwned=1>';
const SCRIPT_URL = 'javascript:window.__pwned=1';
const HUGE = 'A'.repeat(100_000);

const missing = [...missingStack(), ...(chromiumPath() ? [] : ['chromium'])];

/** What the editor writes for a block's attributes: JSON with <, >, & and quotes escaped inside the comment. */
const blockJson = (attributes) =>
  JSON.stringify(attributes).replace(/[<>&]|\\"/g, (m) => ({ '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\\"': '\\u0022' })[m]);

/** A post's content embedding the widget with `attributes` by `method`, as the editor saves it. */
function embed(method, attributes) {
  const pairs = Object.entries(attributes).map(([name, value]) => `${name}="${value}"`).join(' ');
  if (method === 'shortcode') return `<!-- wp:shortcode -->\n[calf-check ${pairs}]\n<!-- /wp:shortcode -->`;
  if (method === 'block') return `<!-- wp:calf-check/calf-check ${blockJson(attributes)} /-->`;
  return `<!-- wp:html -->\n<calf-check ${pairs}></calf-check>\n<!-- /wp:html -->`;
}

/** The cores whose files are ready; the others are reported once, as a failure in CI, else as one skipped line. */
function readyCores() {
  if (missing.length) {
    const message = `WordPress stack not installed (Debian: apt-get install ${missing.join(' ')})`;
    if (process.env.CI === 'true') test(`WordPress plugin: CI needs the stack. ${message}`, () => assert.fail(message));
    else test(`WordPress plugin: skipped, ${message}`, { skip: true }, () => {});
    return [];
  }
  try {
    return prepareCores();
  } catch (error) {
    const fromPackage = CORES.filter((core) => core.build);
    const names = `WordPress ${fromPackage.map((core) => core.version).join(', ')}`;
    // Only a package npm could not fetch may be skipped, and only locally; one that differs from the pin never.
    if (error instanceof CoresUnavailable && process.env.CI !== 'true') test(`${names}: skipped, ${error.message}`, { skip: true }, () => {});
    else test(`${names}: the cores could be made ready`, () => assert.fail(error));
    return CORES.filter((core) => !core.build);
  }
}

/** One MariaDB for the whole run, a database per site: started by the first suite, stopped after the last. */
let database;
after(async () => (await database?.catch(() => null))?.stop());

for (const core of readyCores()) {
  // One core after another: each suite's site and browser are stopped before the next suite starts its own.
  describe(`WordPress ${core.version} (${core.theme})`, { timeout: 600_000 }, () => {
    let site;
    let browser;
    const rendered = [];

    before(async () => {
      assert.ok(existsSync(ZIP), `${ZIP} is missing: run npm run build`);
      database ??= startDatabase();
      site = await startSite(core, await database);
      browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
    });
    after(async () => {
      await browser?.close();
      site?.stop();
      if (rendered.length) {
        console.log(`\nWordPress ${site.version} (${site.theme}), role × method, rendered:`);
        for (const row of rendered) console.log(`  ${row}`);
      }
    });

    test(`the site runs WordPress ${core.version} with ${core.theme}, where the plugin takes its ${core.scriptModules ? 'script module' : 'classic script'} path`, () => {
      assert.equal(site.version, core.version);
      assert.equal(site.theme, core.theme);
      assert.equal(site.blockTheme, true, 'a block theme renders the content before <head>, as the plugin relies on');
      assert.equal(site.scriptModules, core.scriptModules, 'wp_enqueue_script_module() exists from 6.5 on');
    });

    /** A browser page logged in as `role` (its own cookies). */
    async function loggedIn(role) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.goto(`${site.url}/wp-login.php`);
      // Set, not typed: the login page moves the focus to the username field a moment after it loads.
      await page.$eval('#user_login', (el, value) => (el.value = value), role);
      await page.$eval('#user_pass', (el, value) => (el.value = value), PASSWORD);
      await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
      assert.match(page.url(), /wp-admin/, `${role} logged in: ${(await page.$eval('#login', (el) => el.textContent).catch(() => ''))}`);
      return page;
    }

    /**
     * Opens `link` as a visitor and returns what a reader would notice: every request, the widget's tags, whether
     * any injected script ran.
     */
    async function visit(link) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const requests = [];
      const dialogs = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const response = await page.goto(link, { waitUntil: 'networkidle0' });
      const html = await response.text();
      const close = () => context.close();
      return { page, requests, dialogs, html, close };
    }

    /** The visitor's check of one widget: text, a tick that changes the result, the booking link. */
    async function assertWorkingWidget(page, { bookingUrl, index = 0, heading = /Is it your calves\?/ }) {
      await page.waitForFunction(
        (i) => document.querySelectorAll('calf-check')[i]?.shadowRoot?.querySelector('[part~="cta"]'),
        { timeout: 15_000 },
        index,
      );
      const widget = (await page.$$('calf-check'))[index];
      const read = () =>
        widget.evaluate((el) => ({
          text: el.shadowRoot.textContent,
          result: el.shadowRoot.querySelector('[part~="result"]').textContent.trim(),
          book: el.shadowRoot.querySelector('[part~="book"]')?.getAttribute('href') ?? null,
        }));
      const before = await read();
      assert.match(before.text, heading);
      const box = await widget.$('>>> input[part~="checkbox"]');
      await box.click();
      await page.waitForFunction((el, was) => el.shadowRoot.querySelector('[part~="result"]').textContent.trim() !== was, {}, widget, before.result);
      assert.equal(await box.evaluate((el) => el.checked), true);
      assert.equal((await read()).book, bookingUrl);
    }

    /** Exactly one request for the widget, `file` from this site's plugin folder; nothing from anywhere else. */
    /** The widget's module `file` served once, then each language of `words` (beside it, in words/) once. */
    function assertServedOnce(requests, file, words = []) {
      const widget = requests.filter((url) => url.includes('calf-check') && url.includes('.js'));
      const expected = [MODULE_DIR + file, ...words.map((locale) => `${MODULE_DIR}words/${locale}.js`)];
      assert.deepEqual(widget.map((url) => new URL(url).pathname), expected, `widget requests: ${widget.join(', ')}`);
      // Nothing from another origin. A data: URL carries its bytes; a blob: URL is made inside the page, by the
      // origin it names (from 6.4 WordPress's emoji check runs in a worker loaded from one).
      assert.deepEqual(requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== site.url), []);
    }

    async function assertNothingRan({ page, dialogs, html }) {
      assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no injected script ran');
      assert.deepEqual(dialogs, []);
      assert.ok(!html.includes('<script>window.__pwned'), 'no script tag written from a value');
      assert.ok(!html.includes('onerror=window.__pwned') || !/<img[^>]+onerror=window.__pwned/.test(html), 'no element written from a value');
      for (const names of await page.$$eval('calf-check', (els) => els.map((el) => el.getAttributeNames()))) {
        for (const name of names) assert.ok(ATTRIBUTES.includes(name), `unknown attribute ${name} kept`);
      }
    }

    const publish = async (role, content, title = `${role} post`) => {
      const post = await site.rest(role, '/wp/v2/posts', {
        method: 'POST',
        body: { title, content, status: role === 'contributor' ? 'pending' : 'publish' },
      });
      // A Contributor cannot publish: an Editor does.
      return role === 'contributor' ? site.rest('editor', `/wp/v2/posts/${post.id}`, { method: 'POST', body: { status: 'publish' } }) : post;
    };
    const stored = async (id) => (await site.rest('administrator', `/wp/v2/posts/${id}?context=edit`)).content.raw;

    test('the zip installs and activates through Plugins → Add New → Upload', async () => {
      const page = await loggedIn('administrator');
      await page.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`);
      await (await page.$('#pluginzip')).uploadFile(ZIP);
      await Promise.all([page.waitForNavigation({ timeout: 60_000 }), page.click('#install-plugin-submit')]);
      assert.match(await page.content(), /Plugin installed successfully/);
      await Promise.all([page.waitForNavigation(), page.click('a[href*="action=activate"]')]);
      const plugins = await site.rest('administrator', '/wp/v2/plugins');
      const plugin = plugins.find((p) => p.plugin === 'calf-check/calf-check');
      assert.equal(plugin?.status, 'active');
      assert.equal(plugin.version, '0.1.0');
      await page.browserContext().close();
    });

    test('calf_check_clean() keeps and refuses the shared table of attribute cases as the element does, and knows every attribute the element reads', () => {
      const cases = resolve('tests/fixtures/attribute-cases.json');
      const embed = JSON.parse(readFileSync('dist/embed.json', 'utf8'));
      const result = JSON.parse(
        site.php(`$cases = json_decode( file_get_contents( ${JSON.stringify(cases)} ), true )['cases'];
          $attributes = calf_check_attributes(); $kept = array();
          foreach ( $cases as $case ) {
            $clean = calf_check_clean( $attributes[ $case['attribute'] ], $case['input'] );
            $kept[] = is_wp_error( $clean ) ? null : $clean;
          }
          echo wp_json_encode( array( 'kept' => $kept, 'names' => array_keys( $attributes ) ) );`),
      );
      const { cases: rows } = JSON.parse(readFileSync(cases, 'utf8'));
      rows.forEach((row, i) => {
        const expected = 'wordpress' in row ? row.wordpress : row.value;
        assert.equal(result.kept[i], expected, `${row.attribute}=${JSON.stringify(row.input)}`);
      });
      // The plugin reads lang as the element does, from its own rule; every other attribute is in its one list.
      for (const name of embed.attributes.filter((name) => name !== 'lang')) assert.ok(result.names.includes(name), `the plugin knows ${name}`);
    });

    test('php -l passes on every PHP file the zip installed, and on the test router', () => {
      const dir = `${site.content}/plugins/calf-check`;
      const files = readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.php')).map((f) => `${dir}/${f}`);
      assert.ok(files.length >= 5, `PHP files: ${files.join(', ')}`);
      for (const file of [...files, resolve('tests/infra/wordpress/router.php')]) {
        assert.match(execFileSync('php', ['-l', file], { encoding: 'utf8' }), /No syntax errors/);
      }
    });

    for (const role of ['administrator', 'author', 'contributor']) {
      for (const method of ['shortcode', 'block', 'pasted tag']) {
        test(`${role}, ${method}: the published post shows a working widget, its module served once from the site`, async () => {
          const bookingUrl = `https://clinic.example/book/${role}/${method.replace(' ', '-')}`;
          const post = await publish(role, embed(method, { 'booking-url': bookingUrl, 'clinic-name': `Clinic of the ${role}` }));
          assert.match(await stored(post.id), method === 'block' ? /wp:calf-check\/calf-check/ : /calf-check booking-url=/);
          const visitor = await visit(post.link);
          await assertWorkingWidget(visitor.page, { bookingUrl });
          // An English site: the block and shortcode show English with no picker; a pasted tag's language is not read.
          const file = method === 'pasted tag' ? ALL_LANGUAGES : ENGLISH_ONLY;
          assertServedOnce(visitor.requests, file);
          // 6.5+ prints it from wp_enqueue_script_module() (its id ends in -js-module); before, the plugin's
          // script_loader_tag filter turns the classic enqueue into a module.
          const tags = await visitor.page.$$eval(`script[src*="${MODULE_DIR + file}"]`, (s) => s.map((el) => ({ type: el.type, id: el.id })));
          assert.deepEqual(tags, [{ type: 'module', id: core.scriptModules ? 'calf-check-js-module' : 'calf-check-js' }]);
          await visitor.close();
          rendered.push(`${role.padEnd(13)} ${method.padEnd(10)} rendered, booking link ${bookingUrl}`);
        });
      }
    }

    test('an Author editing only the title keeps every widget: their own, and one an Administrator added', async () => {
      const post = await publish('author', 'Draft by the author.', 'Before');
      const content = ['shortcode', 'block', 'pasted tag']
        .map((method) => embed(method, { 'booking-url': `https://clinic.example/${method.replace(' ', '-')}` }))
        .join('\n\n');
      await site.rest('administrator', `/wp/v2/posts/${post.id}`, { method: 'POST', body: { content } });
      // What the editor does on Update: it sends the title and the whole content back as it loaded it.
      const edit = await site.rest('author', `/wp/v2/posts/${post.id}?context=edit`);
      await site.rest('author', `/wp/v2/posts/${post.id}`, { method: 'POST', body: { title: 'After', content: edit.content.raw } });
      assert.equal(await stored(post.id), content);
      const visitor = await visit(post.link);
      assert.equal(await visitor.page.$$eval('calf-check', (els) => els.length), 3);
      for (const [index, method] of ['shortcode', 'block', 'pasted tag'].entries()) {
        await assertWorkingWidget(visitor.page, { bookingUrl: `https://clinic.example/${method.replace(' ', '-')}`, index });
      }
      assertServedOnce(visitor.requests, ALL_LANGUAGES);
      await visitor.close();
    });

    test("a page whose widgets all show one language with no picker loads that language's file alone; any other page, English and the words of each language shown", async () => {
      const german = await publish('author', [embed('shortcode', { lang: 'de' }), embed('block', { lang: 'de', 'booking-url': 'https://clinic.example/de' })].join('\n\n'));
      const picker = await publish('author', embed('shortcode', { lang: 'de', languages: 'de fr' }));
      const mixed = await publish('author', [embed('shortcode', { lang: 'de' }), embed('block', { lang: 'fr' })].join('\n\n'));
      for (const [post, file, headings, pickers, words] of [
        [german, 'calf-check.de.js', ['Liegt es an Ihren Waden?', 'Liegt es an Ihren Waden?'], [0, 0], []],
        [picker, ALL_LANGUAGES, ['Liegt es an Ihren Waden?'], [1], ['de']],
        // Each widget its own language: English inside the module, German and French fetched from beside it.
        [mixed, ALL_LANGUAGES, ['Liegt es an Ihren Waden?', 'Et si c’étaient vos mollets ?'], [0, 0], ['de', 'fr']],
      ]) {
        const visitor = await visit(post.link);
        await visitor.page.waitForFunction(() => [...document.querySelectorAll('calf-check')].every((el) => el.shadowRoot?.querySelector('[part~="cta"]')));
        const widgets = await visitor.page.$$eval('calf-check', (els) =>
          els.map((el) => ({
            heading: el.shadowRoot.querySelector('[part~="heading"]').textContent.replace(/\s+/g, ' ').trim(),
            pickers: el.shadowRoot.querySelectorAll('[part~="language-picker"]').length,
            book: el.shadowRoot.querySelector('[part~="book"]')?.getAttribute('href') ?? null,
          })),
        );
        assert.deepEqual(widgets.map((widget) => widget.heading), headings);
        assert.deepEqual(widgets.map((widget) => widget.pickers), pickers, 'a language picker only where one was asked for');
        assertServedOnce(visitor.requests, file, words);
        if (post === german) {
          await assertWorkingWidget(visitor.page, { bookingUrl: null, index: 0, heading: /Liegt es an Ihren Waden\?/ });
          await assertWorkingWidget(visitor.page, { bookingUrl: 'https://clinic.example/de', index: 1, heading: /Liegt es an Ihren Waden\?/ });
        }
        await visitor.close();
      }
    });

    test('a page without the widget loads no widget script or style', async () => {
      const post = await publish('author', '<!-- wp:paragraph --><p>Just words about calves.</p><!-- /wp:paragraph -->');
      const page = await site.rest('administrator', '/wp/v2/pages', { method: 'POST', body: { title: 'About', content: 'About the clinic.', status: 'publish' } });
      for (const link of [post.link, page.link]) {
        const visitor = await visit(link);
        assert.deepEqual(visitor.requests.filter((url) => url.includes('calf-check')), []);
        assert.ok(!visitor.html.includes('calf-check'), `${link} mentions calf-check`);
        await visitor.close();
      }
    });

    test("with the widget's script blocked, each widget still shows its heading, introduction and the clinic's links, in its language; once it runs, only the widget", async () => {
      const phone = '+44 20 7946 0000';
      const post = await publish(
        'author',
        [
          embed('shortcode', { 'booking-url': 'https://clinic.example/book', phone, 'clinic-name': 'Stride Physio', 'heading-level': '3' }),
          embed('block', { lang: 'de', 'booking-url': 'https://clinic.example/buchen', 'booking-target': '_self' }),
          embed('shortcode', { lang: 'ar', phone }),
        ].join('\n\n'),
      );
      const context = await browser.createBrowserContext();
      const blocked = await context.newPage();
      await blocked.setRequestInterception(true);
      blocked.on('request', (request) => (new URL(request.url()).pathname.startsWith(MODULE_DIR) ? request.abort() : request.continue()));
      await blocked.goto(post.link, { waitUntil: 'networkidle0' });
      const read = (page) =>
        page.$$eval('calf-check', (els) =>
          els.map((el) => ({
            text: el.innerText,
            heading: el.querySelector('h1, h2, h3, h4, h5, h6')?.tagName,
            lang: [...el.children].map((child) => `${child.lang}${child.dir ? ` ${child.dir}` : ''}`),
            links: [...el.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href'), a.target]),
            shown: el.querySelector('h1, h2, h3, h4, h5, h6')?.getClientRects().length,
          })),
        );
      const [english, german, arabic] = await read(blocked);
      assert.equal(await blocked.evaluate(() => customElements.get('calf-check')), undefined, 'the script did not run');
      assert.match(english.text, /^Is it your calves\?\s+Back pain is felt in the back/);
      assert.equal(english.heading, 'H3');
      assert.deepEqual(english.links, [
        ['Book an assessment with Stride Physio', 'https://clinic.example/book', '_blank'],
        [`Call ${phone}`, 'tel:+442079460000', ''],
      ]);
      assert.deepEqual(english.lang, ['en', 'en', 'en'], 'the site is in English');
      assert.match(german.text, /^Liegt es an Ihren Waden\?/);
      assert.equal(german.heading, 'H2');
      assert.deepEqual(german.links, [['Untersuchungstermin buchen', 'https://clinic.example/buchen', '']]);
      assert.deepEqual(arabic.lang, ['ar rtl', 'ar rtl', 'ar rtl']);
      assert.equal(arabic.links.length, 1);
      assert.equal(arabic.links[0][1], 'tel:+442079460000');
      assert.ok(arabic.links[0][0].includes(phone), `the number written as the clinic wrote it: ${arabic.links[0][0]}`);
      assert.equal(await blocked.$eval('calf-check:last-of-type a bdi', (el) => el.dir), 'ltr', "the number's groups keep their order in Arabic");
      // The reserved space is given back, leaving the words rather than a tall blank box.
      await blocked.waitForFunction(
        () => [...document.querySelectorAll('calf-check')].every((el) => el.getBoundingClientRect().height < 20 * parseFloat(getComputedStyle(el).fontSize)),
        { timeout: 10_000 },
      );
      await context.close();

      const visitor = await visit(post.link);
      // Each in its own language: English inside the module, German and Arabic fetched from beside it.
      await visitor.page.waitForFunction(() => [...document.querySelectorAll('calf-check')].every((el) => el.shadowRoot?.querySelector('[part~="cta"]')));
      assert.deepEqual((await read(visitor.page)).map((widget) => widget.shown), [0, 0, 0], 'the fallback is not rendered beside the widget');
      const shownIn = await visitor.page.$$eval('calf-check', (els) => els.map((el) => el.shadowRoot.querySelector('[part~="container"]').lang));
      assert.deepEqual(shownIn, ['en', 'de', 'ar']);
      assertServedOnce(visitor.requests, ALL_LANGUAGES, ['de', 'ar']);
      await visitor.close();
    });

    for (const role of ['author', 'administrator']) {
      test(`hostile values from an ${role} (shortcode, block${role === 'author' ? ', pasted tag' : ''}) run nothing and store no markup`, async () => {
        const hostile = {
          'booking-url': SCRIPT_URL,
          phone: HUGE,
          'heading-level': '2; x',
          languages: 'en '.repeat(30_000),
          onclick: 'window.__pwned=1',
          style: 'display:none',
          onmouseover: 'window.__pwned=1',
        };
        // Shortcodes and pasted tags sit in the post's HTML, where the editor stores markup typed as text as entities.
        const asText = { ...hostile, 'clinic-name': MARKUP.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;') };
        const methods = role === 'author' ? ['shortcode', 'block', 'pasted tag'] : ['shortcode', 'block'];
        const content = methods.map((method) => embed(method, method === 'block' ? { ...hostile, 'clinic-name': MARKUP } : asText)).join('\n\n');
        const post = await publish(role, content, `hostile ${role}`);
        const raw = await stored(post.id);
        assert.ok(!/<script/i.test(raw), 'no script tag stored');
        if (role === 'author') {
          const pasted = /<calf-check [^>]*>/.exec(raw)[0];
          assert.ok(!/onclick|onmouseover|style=|javascript:/i.test(pasted), `kses cleaned the pasted tag: ${pasted.slice(0, 200)}`);
        }
        const visitor = await visit(post.link);
        await visitor.page.waitForFunction(() => [...document.querySelectorAll('calf-check')].every((el) => el.shadowRoot?.querySelector('[part~="cta"]')));
        await visitor.page.hover('calf-check');
        await assertNothingRan(visitor);
        const widgets = await visitor.page.$$eval('calf-check', (els) =>
          els.map((el) => ({ names: el.getAttributeNames(), name: el.getAttribute('clinic-name'), cta: el.shadowRoot.querySelector('[part~="cta"]').textContent })),
        );
        assert.equal(widgets.length, methods.length);
        for (const index of methods.keys()) await assertWorkingWidget(visitor.page, { bookingUrl: null, index });
        // Shortcode and block: every bad value refused before the page; the markup is a clinic name, shown as text.
        assert.deepEqual(widgets[0].names.sort(), ['clinic-name', 'theme']);
        assert.equal(widgets[0].name, MARKUP);
        assert.ok(widgets[0].cta.includes(MARKUP), 'the markup is shown as text');
        assert.deepEqual(widgets[1].names.sort(), ['clinic-name', 'theme']);
        assert.ok(!widgets[1].name.includes('<'), `block clinic-name: ${widgets[1].name}`);
        assertServedOnce(visitor.requests, role === 'author' ? ALL_LANGUAGES : ENGLISH_ONLY);
        assert.ok(!visitor.html.includes('calf-check-refused'), 'a reader sees no note about refused options');
        await visitor.close();
        // Whoever can edit the post sees which options were refused, and why, above each widget.
        const editor = await loggedIn(role);
        await editor.goto(post.link);
        const notes = await editor.$$eval('.calf-check-refused', (els) => els.map((el) => el.textContent));
        assert.equal(notes.length, 2, 'a note above the shortcode and the block');
        for (const note of notes) {
          assert.match(note, /Booking page \(booking-url\): This kind of link cannot be used for booking/);
          assert.match(note, /Phone \(phone\): Enter a phone number of 3 to 20 digits/);
          assert.match(note, /Heading level \(heading-level\): Choose one of: 1, 2, 3, 4, 5, 6/);
        }
        assert.equal(await editor.evaluate(() => window.__pwned), undefined);
        await editor.browserContext().close();
      });
    }

    /** Fills the settings form as the Administrator and saves; returns the page after WordPress's redirect. */
    async function saveSettings(page, values) {
      await page.goto(`${site.url}/wp-admin/options-general.php?page=calf-check`);
      for (const [name, value] of Object.entries(values)) {
        const field = `[name="calf_check_defaults[${name}]"]:not([type=hidden])`;
        await page.$eval(
          field,
          (el, v) => {
            if (el.type === 'checkbox') el.checked = v === 'true';
            else el.value = v;
          },
          value,
        );
      }
      await Promise.all([page.waitForNavigation(), page.click('#submit')]);
      return page;
    }
    const savedDefaults = () => site.php("echo wp_json_encode( get_option( 'calf_check_defaults' ) );");

    test('settings defaults apply to [calf-check], a block and a pasted tag; a shortcode attribute overrides them', async () => {
      const admin = await loggedIn('administrator');
      await saveSettings(admin, {
        'booking-url': 'https://clinic.example/from-settings',
        'clinic-name': 'Settings Physio',
        'emergency-number': '112',
        'clinic-email': 'hello@clinic.example',
        accent: '#1d5fa8',
      });
      assert.match(await admin.content(), /Settings saved/);
      assert.deepEqual(JSON.parse(savedDefaults()), {
        'booking-url': 'https://clinic.example/from-settings',
        'clinic-name': 'Settings Physio',
        'clinic-email': 'hello@clinic.example',
        'emergency-number': '112',
        accent: '#1d5fa8',
        'accent-contrast': '#ffffff',
      });
      await admin.browserContext().close();
      const post = await publish(
        'author',
        ['<!-- wp:shortcode -->\n[calf-check]\n<!-- /wp:shortcode -->', '<!-- wp:calf-check/calf-check /-->', '<!-- wp:shortcode -->\n[calf-check booking-url="https://clinic.example/override" clinic-name="Own Name" share-result]\n<!-- /wp:shortcode -->'].join('\n\n'),
      );
      const visitor = await visit(post.link);
      await assertWorkingWidget(visitor.page, { bookingUrl: 'https://clinic.example/from-settings', index: 0 });
      await assertWorkingWidget(visitor.page, { bookingUrl: 'https://clinic.example/from-settings', index: 1 });
      // Its bare share-result is on: one tick, and the booking link carries the result.
      await assertWorkingWidget(visitor.page, { bookingUrl: 'https://clinic.example/override?calf_check_signs=1&calf_check_band=some', index: 2 });
      const widgets = await visitor.page.$$eval('calf-check', (els) =>
        els.map((el) => ({
          text: el.shadowRoot.querySelector('[part~="cta"]').textContent,
          accent: getComputedStyle(el).getPropertyValue('--calf-check-accent').trim(),
          email: el.getAttribute('clinic-email'),
          emergency: el.getAttribute('emergency-number'),
          share: el.hasAttribute('share-result'),
        })),
      );
      assert.match(widgets[0].text, /Settings Physio/);
      assert.match(widgets[2].text, /Own Name/);
      assert.ok(!widgets[2].text.includes('Settings Physio'));
      assert.deepEqual(widgets.map((widget) => widget.share), [false, false, true], 'a bare share-result turns it on');
      for (const widget of widgets) {
        assert.equal(widget.accent, '#1d5fa8');
        assert.equal(widget.email, 'hello@clinic.example');
        assert.equal(widget.emergency, '112');
      }
      assertServedOnce(visitor.requests, ENGLISH_ONLY);
      await visitor.close();
    });

    test('settings refuse hostile values next to their field, keep the saved ones, and write nothing unescaped', async () => {
      const before = savedDefaults();
      const admin = await loggedIn('administrator');
      await saveSettings(admin, {
        'booking-url': SCRIPT_URL,
        'clinic-name': HUGE,
        phone: MARKUP,
        languages: 'en xx-evil',
        accent: 'red}</style><script>window.__pwned=1</script>',
        'clinic-email': '"><script>@x',
      });
      for (const [field, why] of [
        ['booking-url', /This kind of link cannot be used for booking/],
        ['clinic-name', /120 characters/],
        ['phone', /3 to 20 digits/],
        ['languages', /Not shipped: xx-evil/],
        ['accent', /colour code/],
        ['clinic-email', /email address/],
      ]) {
        const message = await admin.$eval(`#calf-check-${field}-error`, (el) => el.textContent);
        assert.match(message, why, field);
        assert.equal(await admin.$eval(`#calf-check-${field}`, (el) => el.getAttribute('aria-invalid')), 'true');
      }
      assert.equal(await admin.evaluate(() => window.__pwned), undefined);
      assert.equal(await admin.$eval('#calf-check-phone', (el) => el.value), MARKUP, 'what was typed is back in the field, as text');
      assert.equal(savedDefaults(), before, 'refused values keep what was saved');
      // A brand colour too faint for the theme is refused with the ratio, as the configurator does.
      await saveSettings(admin, { accent: '#ffff00' });
      assert.match(await admin.$eval('#calf-check-accent-error', (el) => el.textContent), /too faint on the white background \(1\.0:1\)/);
      await admin.browserContext().close();
      const post = await publish('author', '<!-- wp:shortcode -->\n[calf-check]\n<!-- /wp:shortcode -->');
      const visitor = await visit(post.link);
      await assertWorkingWidget(visitor.page, { bookingUrl: 'https://clinic.example/from-settings' });
      await assertNothingRan(visitor);
      assert.ok(!visitor.html.includes('</style><script>'));
      await visitor.close();
    });

    test('settings: an Author cannot open or save them, and a save without the nonce is refused', async () => {
      const before = savedDefaults();
      const author = await loggedIn('author');
      const page = await author.goto(`${site.url}/wp-admin/options-general.php?page=calf-check`);
      assert.equal(page.status(), 403);
      const post = (body) =>
        author.evaluate(
          async (url, data) => (await fetch(url, { method: 'POST', body: new URLSearchParams(data) })).status,
          `${site.url}/wp-admin/options.php`,
          body,
        );
      const forged = { option_page: 'calf_check', action: 'update', 'calf_check_defaults[clinic-name]': 'Forged' };
      assert.notEqual(await post(forged), 302);
      await author.browserContext().close();
      const admin = await loggedIn('administrator');
      assert.equal(
        await admin.evaluate(
          async (url, data) => (await fetch(url, { method: 'POST', body: new URLSearchParams(data), redirect: 'manual' })).status,
          `${site.url}/wp-admin/options.php`,
          forged,
        ),
        403,
      );
      await admin.browserContext().close();
      assert.equal(savedDefaults(), before);
    });

    test("the recipes' shortcode (docs/recipes.md) works as documented, for an Author", async () => {
      const shortcodes = [...readFileSync('docs/recipes.md', 'utf8').matchAll(/^```shortcode\n([\s\S]*?)\n```$/gm)].map((m) => m[1]);
      assert.ok(shortcodes.length > 0, 'the WordPress recipe has a shortcode block');
      for (const shortcode of shortcodes) {
        const post = await publish('author', `<!-- wp:shortcode -->\n${shortcode}\n<!-- /wp:shortcode -->`);
        const visitor = await visit(post.link);
        await assertWorkingWidget(visitor.page, { bookingUrl: /booking-url="([^"]+)"/.exec(shortcode)[1] });
        const cta = await visitor.page.$eval('calf-check', (el) => el.shadowRoot.querySelector('[part~="cta"]').textContent);
        assert.ok(cta.includes(/clinic-name="([^"]+)"/.exec(shortcode)[1]));
        assertServedOnce(visitor.requests, ENGLISH_ONLY);
        await visitor.close();
      }
    });

    test('the block editor shows the real widget as the preview, and its sidebar changes it, for an Author', async () => {
      const post = await publish('author', embed('block', { 'booking-url': 'https://clinic.example/in-editor' }));
      const author = await loggedIn('author');
      await author.setViewport({ width: 1400, height: 1000 });
      await author.goto(`${site.url}/wp-admin/post.php?post=${post.id}&action=edit`, { timeout: 60_000 });
      const preview = '.wp-block-calf-check-calf-check calf-check';
      const bookHref = (url) =>
        author.waitForFunction(
          (selector, href) => document.querySelector(selector)?.shadowRoot?.querySelector('[part~="book"]')?.getAttribute('href') === href,
          { timeout: 60_000 },
          preview,
          url,
        );
      await bookHref('https://clinic.example/in-editor');
      // Close the first-visit welcome guide, select the block as a click on it would, and use its sidebar.
      await author.keyboard.press('Escape');
      await author.evaluate(() => {
        const { select, dispatch } = window.wp.data;
        dispatch('core/block-editor').selectBlock(select('core/block-editor').getBlocks()[0].clientId);
      });
      const field = await author.waitForFunction(
        () => [...document.querySelectorAll('.block-editor-block-inspector label')].find((label) => label.textContent === 'Booking page')?.control,
        { timeout: 30_000 },
      );
      await field.click({ count: 3 });
      await field.type('https://clinic.example/from-sidebar');
      await bookHref('https://clinic.example/from-sidebar');
      await author.browserContext().close();
    });

    test('PHP logged no warning or notice from the plugin', () => {
      const log = existsSync(`${site.dir}/debug.log`) ? execFileSync('cat', [`${site.dir}/debug.log`], { encoding: 'utf8' }) : '';
      const lines = log.split('\n');
      const ours = lines.flatMap((line, i) => (line.includes('/plugins/calf-check/') ? lines.slice(Math.max(0, i - 3), i + 1) : []));
      assert.deepEqual(ours, []);
    });

    test('deleting the plugin removes its options', async () => {
      assert.notEqual(site.sql("SELECT COUNT(*) FROM wp_options WHERE option_name LIKE '%calf_check%'").trim(), '0');
      await site.rest('administrator', '/wp/v2/plugins/calf-check/calf-check', { method: 'POST', body: { status: 'inactive' } });
      await site.rest('administrator', '/wp/v2/plugins/calf-check/calf-check', { method: 'DELETE' });
      assert.equal(site.sql("SELECT COUNT(*) FROM wp_options WHERE option_name LIKE '%calf_check%'").trim(), '0');
      assert.ok(!existsSync(`${site.content}/plugins/calf-check`));
    });
  });
}
