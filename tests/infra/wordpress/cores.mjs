/**
 * The WordPress cores the plugin's tests run on, oldest first: Debian's package (6.1, the oldest the plugin
 * supports, and the last before script modules), then two from the npm package @wp-playground/wordpress-builds, where
 * the plugin loads the widget through wp_enqueue_script_module() and the script_module_loader_src filter instead.
 *
 * That package is fetched once with `npm pack`, checked against the integrity pinned below and kept, with each core
 * unpacked from it, outside the work tree (coreCache()), so later runs fetch nothing. Its zips are trimmed for the
 * browser: they leave out about 1,700 static files (scripts, styles, images, the theme's templates), listed in each
 * build's wordpress-remote-asset-paths, which the same package carries under public/<build>/ and which are put
 * back here. They also come set up for SQLite: their wp-config.php is replaced by one that reads the test site's
 * own settings (MariaDB), and the SQLite database and drop-in are removed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzip } from '../../../scripts/build/zip.mjs';

export const BUILDS_PACKAGE = '@wp-playground/wordpress-builds@0.9.19';
/** From the registry when this version was chosen: a package that differs from it is refused, not used. */
export const BUILDS_INTEGRITY = 'sha512-dlqvh/MJDpE5W68vgPPKUjpip6zMuBh59L3D18ZX+pdwurC4q4ydrTww/3sTMV69BBcoH6kF93YtAtujNC5Mpw==';

/**
 * Each core: `series` (major.minor, what readme.txt's "Requires at least" and "Tested up to" name), `version` (the
 * exact one the site must report; Debian's is read from the installed package, as a security update may raise it
 * within 6.1), `theme` (the default block theme it ships), and for the package's cores `build`, the zip it comes in.
 * 0.9.19 has no 6.7 release: its wp-nightly build is WordPress trunk while 6.7 was being written (6.7-alpha-58716).
 */
export const DEBIAN_WORDPRESS = '/usr/share/wordpress';
export const CORES = [
  { series: '6.1', version: debianVersion(), theme: 'twentytwentythree', root: DEBIAN_WORDPRESS, debian: true },
  { series: '6.5', version: '6.5.5', theme: 'twentytwentyfour', build: 'wp-6.5' },
  { series: '6.7', version: '6.7-alpha-58716', theme: 'twentytwentyfour', build: 'wp-nightly' },
].map((core) => ({ ...core, scriptModules: core.series !== '6.1', root: core.root ?? join(coreCache(), core.version) }));

/** What the core in `root` says it is ($wp_version in wp-includes/version.php), or null without one. */
export function readVersion(root) {
  const file = join(root, 'wp-includes/version.php');
  return existsSync(file) ? (/\$wp_version\s*=\s*'([^']+)'/.exec(readFileSync(file, 'utf8'))?.[1] ?? null) : null;
}

function debianVersion() {
  return readVersion(DEBIAN_WORDPRESS) ?? '6.1';
}

/** Where the package and the unpacked cores are kept between runs: the user's cache, never the work tree. */
export function coreCache() {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'calf-check', 'wordpress');
}

const READY = '.calf-check-core.json';

/** `npm pack` could not fetch the package (no registry, say): a reason to skip locally, never in CI. */
export class CoresUnavailable extends Error {}

/** The package's tarball in the cache, fetched with `npm pack` when absent; its integrity checked either way. */
function buildsTarball() {
  const cache = coreCache();
  const [, version] = /@([^@]+)$/.exec(BUILDS_PACKAGE);
  const tarball = join(cache, `wp-playground-wordpress-builds-${version}.tgz`);
  if (!existsSync(tarball)) {
    mkdirSync(cache, { recursive: true });
    const download = mkdtempSync(join(cache, 'download-'));
    let file;
    try {
      const printed = execFileSync('npm', ['pack', BUILDS_PACKAGE, '--pack-destination', download, '--loglevel=error'], {
        cwd: download,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      file = join(download, printed.trim().split('\n').pop());
    } catch (error) {
      rmSync(download, { recursive: true, force: true });
      // npm's first line that says what went wrong (its code, syscall and errno lines only classify it).
      const why = `${error.stderr ?? ''}`.split('\n').find((line) => line.trim() && !/^npm error (code|syscall|errno)\b/.test(line));
      throw new CoresUnavailable(`npm pack ${BUILDS_PACKAGE} failed: ${why?.trim() ?? error.message}`);
    }
    try {
      checkIntegrity(file);
      renameSync(file, tarball);
    } finally {
      rmSync(download, { recursive: true, force: true });
    }
  } else {
    checkIntegrity(tarball, ' (kept from an earlier run: delete it to fetch the package again)');
  }
  return tarball;
}

function checkIntegrity(file, note = '') {
  const found = `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;
  if (found !== BUILDS_INTEGRITY) {
    throw new Error(`${file}${note} is not the pinned ${BUILDS_PACKAGE}: integrity ${found}, expected ${BUILDS_INTEGRITY}`);
  }
}

/**
 * Makes sure every package core is unpacked and ready in the cache; returns the list of CORES. Each core is built in
 * a folder of its own and renamed into place when complete, so a run that stops halfway, or two runs at once, leave
 * no half-made core behind.
 */
export function prepareCores() {
  const wanted = CORES.filter((core) => core.build && !isReady(core));
  if (!wanted.length) return CORES;
  const cache = coreCache();
  const tarball = buildsTarball();
  const work = mkdtempSync(join(cache, 'unpack-'));
  try {
    const members = wanted.flatMap(({ build }) => [`package/src/wordpress/${build}.zip`, `package/public/${build}`]);
    execFileSync('tar', ['-xzf', tarball, '-C', work, ...members], { stdio: ['ignore', 'ignore', 'pipe'] });
    for (const core of wanted) {
      const folder = join(work, core.version);
      unpackCore(core, join(work, 'package'), folder);
      rmSync(core.root, { recursive: true, force: true });
      try {
        renameSync(folder, core.root);
      } catch (error) {
        // Another run put the same core in place a moment ago: use it.
        if (!isReady(core)) throw error;
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return CORES;
}

function isReady(core) {
  try {
    const ready = JSON.parse(readFileSync(join(core.root, READY), 'utf8'));
    return ready.integrity === BUILDS_INTEGRITY && ready.build === core.build && readVersion(core.root) === core.version;
  } catch {
    return false;
  }
}

function unpackCore(core, pkg, folder) {
  for (const [name, data] of unzip(readFileSync(join(pkg, 'src/wordpress', `${core.build}.zip`)))) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), data);
  }
  const found = readVersion(folder);
  if (found !== core.version) throw new Error(`${core.build}.zip holds WordPress ${found}, expected ${core.version}`);
  if (!existsSync(join(folder, 'wp-content/themes', core.theme, 'theme.json'))) throw new Error(`${core.build}.zip has no ${core.theme} theme`);

  const assets = join(pkg, 'public', core.build);
  const listed = readFileSync(join(assets, 'wordpress-remote-asset-paths'), 'utf8').split('\n').filter(Boolean);
  let restored = 0;
  for (const path of listed) {
    // The build's SQLite database is listed too; this core uses MariaDB.
    if (path.startsWith('wp-content/database/') || existsSync(join(folder, path))) continue;
    if (!existsSync(join(assets, path))) throw new Error(`${core.build}: ${path} is listed in wordpress-remote-asset-paths but not in public/${core.build}/`);
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    copyFileSync(join(assets, path), join(folder, path));
    restored++;
  }
  if (!existsSync(join(folder, 'wp-content/themes', core.theme, 'templates/single.html'))) throw new Error(`${core.build}: ${core.theme}'s templates were not restored`);
  if (restored < 1000) throw new Error(`${core.build}: only ${restored} static files restored from public/${core.build}/`);

  for (const sqlite of ['wp-content/database', 'wp-content/db.php']) rmSync(join(folder, sqlite), { recursive: true, force: true });
  writeFileSync(
    join(folder, 'wp-config.php'),
    `<?php
// Written by calf-check's tests (tests/infra/wordpress/cores.mjs) in place of the build's SQLite configuration: each
// test site's own settings (its MariaDB database, folder and address) are in the file its environment names.
require getenv( 'CALF_CHECK_WP_CONFIG_FILE' );
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  );
  writeFileSync(join(folder, READY), JSON.stringify({ package: BUILDS_PACKAGE, integrity: BUILDS_INTEGRITY, build: core.build, version: core.version, restored }));
}
