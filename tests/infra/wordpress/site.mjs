/**
 * Throwaway WordPress sites for the plugin's tests, with nothing downloaded but the cores of cores.mjs: one MariaDB
 * on a fresh data directory (socket only, --skip-networking) that every site of the run shares, each with a
 * database of its own (startDatabase()); for each core, PHP's built-in server on 127.0.0.1, WordPress installed from
 * PHP's command line, a user of each role with an application password (startSite()). Each returns its server
 * running; stop() (also run on exit) ends its servers by their PIDs and removes every file it made.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../free-port.mjs';
import { DEBIAN_WORDPRESS } from './cores.mjs';

const ROUTER = new URL('./router.php', import.meta.url).pathname;
export const ROLES = ['administrator', 'editor', 'author', 'contributor'];
export const PASSWORD = 'calf-check test password';

/** What the stack lacks, as Debian package names; empty when the test sites can run. */
export function missingStack() {
  const has = (command) => {
    try {
      execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  const missing = [];
  if (!existsSync(`${DEBIAN_WORDPRESS}/wp-settings.php`)) missing.push('wordpress');
  if (!existsSync(`${DEBIAN_WORDPRESS}/wp-content/themes/twentytwentythree/theme.json`)) missing.push('wordpress-theme-twentytwentythree');
  if (!existsSync('/usr/sbin/mariadbd') || !has('mariadb-install-db')) missing.push('mariadb-server');
  if (!has('php')) missing.push('php-cli');
  else if (!/^mysqli$/m.test(execFileSync('php', ['-m'], { encoding: 'utf8' }))) missing.push('php-mysql');
  return missing;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what, check, child, tries = 300) {
  for (let i = 0; i < tries; i++) {
    if (child?.exitCode != null) throw new Error(`${what}: exited with code ${child.exitCode}`);
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`${what}: not ready after ${tries / 10} s`);
}

/** Debian's wp-config.php reads /etc/wordpress/config-<name>.php, so a Debian site's config must live there. */
function writeAsRoot(path, text) {
  if (process.getuid() === 0) writeFileSync(path, text);
  else execFileSync('sudo', ['-n', 'tee', path], { input: text, stdio: ['pipe', 'ignore', 'inherit'] });
}
function removeAsRoot(path) {
  if (process.getuid() === 0) rmSync(path, { force: true });
  else execFileSync('sudo', ['-n', 'rm', '-f', path]);
}

/**
 * The servers of one database or site: started each as its own process group, ended by their PIDs with the files
 * `cleanup` removes, once, whether by stop() or when the test process exits.
 */
function processes(cleanup) {
  const children = [];
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const child of [...children].reverse()) {
      // PHP forks workers: signal the group by its leader's PID.
      if (child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          /* already gone */
        }
      }
    }
    cleanup();
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }
  const start = (command, args, env = process.env) => {
    const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderrText = '';
    child.stderr.on('data', (chunk) => (child.stderrText = (child.stderrText + chunk).slice(-4000)));
    children.push(child);
    return child;
  };
  const logs = () => children.map((child) => child.stderrText).join('\n');
  return { start, stop, logs };
}

/** The run's MariaDB: `sql(query, database)` runs a query as root; `createDatabase(name)` makes an empty one. */
export async function startDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'calf-check-db-'));
  const socket = join(dir, 'mysql.sock');
  const { start, stop, logs } = processes(() => {
    // MariaDB removes its PID file once it has shut down; only then is its data directory free to delete.
    for (let i = 0; i < 100 && existsSync(`${dir}/mariadb.pid`); i++) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  });
  const sql = (query, database) =>
    execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-N', '-B', '-e', query, ...(database ? [database] : [])], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  try {
    const asRoot = process.getuid() === 0 ? ['--user=root'] : [];
    execFileSync(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${dir}/db`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot],
      { stdio: 'ignore' },
    );
    const db = start('/usr/sbin/mariadbd', [
      '--no-defaults',
      `--datadir=${dir}/db`,
      `--socket=${socket}`,
      '--skip-networking',
      `--pid-file=${dir}/mariadb.pid`,
      `--log-error=${dir}/mariadb.log`,
      '--innodb-buffer-pool-size=32M',
      ...asRoot,
    ]);
    await until('MariaDB', () => existsSync(socket) && (() => { try { sql('SELECT 1'); return true; } catch { return false; } })(), db);
  } catch (error) {
    const log = logs();
    stop();
    throw new Error(`${error.message}\n${log}`);
  }
  return { socket, sql, createDatabase: (name) => sql(`CREATE DATABASE \`${name}\``), stop };
}

/**
 * A site on `core` (one of cores.mjs's CORES, its files ready), with a database of its own on `database`. Debian's
 * core reads its settings from /etc/wordpress (its wp-config.php looks nowhere else); a package core's wp-config.php
 * reads the file CALF_CHECK_WP_CONFIG_FILE names, kept in the site's own folder.
 */
export async function startSite(core, database) {
  const dir = mkdtempSync(join(tmpdir(), 'calf-check-wp-'));
  // Debian's wp-config.php takes letters, digits and dashes only.
  const name = `calfcheck-test-${process.pid}-${core.series.replace('.', '')}`;
  const configFile = core.debian ? `/etc/wordpress/config-${name}.php` : join(dir, 'wp-config-site.php');
  const content = join(dir, 'wp-content');
  const dbName = `wordpress_${core.series.replace('.', '_')}`;
  const { start, stop, logs } = processes(() => {
    if (core.debian) {
      try {
        removeAsRoot(configFile);
      } catch {
        /* nothing to remove */
      }
    }
    try {
      database.sql(`DROP DATABASE IF EXISTS \`${dbName}\``);
    } catch {
      /* the server is gone already, its data with it */
    }
    rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  });
  const env = { ...process.env, CALF_CHECK_WP_CONFIG: name, CALF_CHECK_WP_CONFIG_FILE: configFile, CALF_CHECK_WP_ROOT: core.root, CALF_CHECK_WP_CONTENT: content };

  try {
    database.createDatabase(dbName);

    // wp-content of this site: the core's theme linked in, the plugins folder empty until the test installs the zip.
    for (const sub of ['plugins', 'themes', 'uploads', 'upgrade']) mkdirSync(join(content, sub), { recursive: true });
    symlinkSync(join(core.root, 'wp-content/themes', core.theme), join(content, 'themes', core.theme));
    // This machine sends no mail (WordPress mails the new site's owner, for one).
    mkdirSync(join(content, 'mu-plugins'));
    writeFileSync(join(content, 'mu-plugins', 'no-mail.php'), "<?php add_filter( 'pre_wp_mail', '__return_false' );\n");

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const salt = () => Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
    const defines = {
      DB_NAME: dbName,
      DB_USER: 'root',
      DB_PASSWORD: '',
      DB_HOST: `localhost:${database.socket}`,
      WP_HOME: url,
      WP_SITEURL: url,
      WP_CONTENT_DIR: content,
      WP_CONTENT_URL: `${url}/wp-content`,
      // The theme wp_install() activates: the block theme this core ships.
      WP_DEFAULT_THEME: core.theme,
      // Application passwords over plain HTTP are allowed only on a local site.
      WP_ENVIRONMENT_TYPE: 'local',
      FS_METHOD: 'direct',
      // No update checks or any other call out: only this site is reachable.
      WP_HTTP_BLOCK_EXTERNAL: true,
      AUTOMATIC_UPDATER_DISABLED: true,
      DISABLE_WP_CRON: true,
      WP_DEBUG: true,
      WP_DEBUG_DISPLAY: false,
      WP_DEBUG_LOG: join(dir, 'debug.log'),
      ...Object.fromEntries(['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((k) => [[`${k}_KEY`, salt()], [`${k}_SALT`, salt()]])),
    };
    const config = `<?php\n${Object.entries(defines)
      .map(([key, value]) => `define( '${key}', ${JSON.stringify(value)} );`)
      .join('\n')}\n`;
    if (core.debian) writeAsRoot(configFile, config);
    else writeFileSync(configFile, config);

    /** Runs PHP with WordPress loaded (as the command line, no user), returns what it prints. */
    const php = (code) =>
      execFileSync('php', ['-d', 'display_errors=stderr', '-d', 'error_reporting=E_ALL & ~E_DEPRECATED', '-r', code], {
        encoding: 'utf8',
        env,
        cwd: core.root,
      });
    const load = `$_SERVER['HTTP_HOST'] = '127.0.0.1'; $_SERVER['WORDPRESS_CONFIG'] = getenv('CALF_CHECK_WP_CONFIG');`;
    const created = php(`${load} define('WP_INSTALLING', true); require 'wp-load.php'; require ABSPATH . 'wp-admin/includes/upgrade.php';
      wp_install('Test clinic', 'administrator', 'administrator@example.test', false, '', ${JSON.stringify(PASSWORD)});
      $users = array();
      foreach (json_decode(${JSON.stringify(JSON.stringify(ROLES))}) as $role) {
        $id = 'administrator' === $role ? 1 : wp_insert_user(array('user_login' => $role, 'user_pass' => ${JSON.stringify(PASSWORD)}, 'user_email' => $role . '@example.test', 'role' => $role));
        list($app) = WP_Application_Passwords::create_new_application_password($id, array('name' => 'calf-check tests'));
        $users[$role] = array('id' => $id, 'login' => $role, 'app' => $app);
      }
      echo wp_json_encode(array('users' => $users, 'version' => get_bloginfo('version'), 'theme' => get_stylesheet(), 'blockTheme' => wp_is_block_theme(), 'scriptModules' => function_exists('wp_enqueue_script_module')));`);
    const site = JSON.parse(created.slice(created.indexOf('{')));

    const server = start('php', ['-S', `127.0.0.1:${port}`, '-t', core.root, ROUTER], {
      ...env,
      // Several workers: the browser asks for scripts, styles and the page at once.
      PHP_CLI_SERVER_WORKERS: '4',
    });
    await until('PHP server', async () => (await fetch(`${url}/wp-login.php`).catch(() => null))?.ok, server);

    /** The REST API as `role`, with its application password. */
    const rest = async (role, route, { method = 'GET', body } = {}) => {
      const { login, app } = site.users[role];
      const [path, query] = route.split('?');
      const response = await fetch(`${url}/?rest_route=${encodeURIComponent(path).replaceAll('%2F', '/')}${query ? `&${query}` : ''}`, {
        method,
        headers: {
          authorization: `Basic ${Buffer.from(`${login}:${app}`).toString('base64')}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      const data = await response.json();
      if (!response.ok) throw new Error(`${method} ${route} as ${role}: ${response.status} ${JSON.stringify(data)}`);
      return data;
    };
    return { ...site, url, dir, content, php: (code) => php(`${load} require 'wp-load.php'; ${code}`), sql: (query) => database.sql(query, dbName), rest, stop };
  } catch (error) {
    const log = logs();
    stop();
    throw new Error(`${error.message}\n${log}`);
  }
}
