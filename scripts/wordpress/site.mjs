/**
 * A throwaway WordPress for the plugin's tests, from Debian's packages and nothing downloaded: MariaDB on a fresh
 * data directory (socket only, --skip-networking), PHP's built-in server on 127.0.0.1, WordPress installed from
 * PHP's command line, a user of each role with an application password. startSite() returns it running;
 * stop() (also run on exit) ends every server by its PID and removes every file the run made.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../free-port.mjs';

const WORDPRESS = '/usr/share/wordpress';
const THEME = `${WORDPRESS}/wp-content/themes/twentytwentythree`;
const ROUTER = new URL('./router.php', import.meta.url).pathname;
export const ROLES = ['administrator', 'editor', 'author', 'contributor'];
export const PASSWORD = 'calf-check test password';

/** What the stack lacks, as Debian package names; empty when a test site can run. */
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
  if (!existsSync(`${WORDPRESS}/wp-settings.php`)) missing.push('wordpress');
  if (!existsSync(`${THEME}/theme.json`)) missing.push('wordpress-theme-twentytwentythree');
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

/** Debian's wp-config.php reads /etc/wordpress/config-<name>.php, so this run's config must live there. */
function writeAsRoot(path, text) {
  if (process.getuid() === 0) writeFileSync(path, text);
  else execFileSync('sudo', ['-n', 'tee', path], { input: text, stdio: ['pipe', 'ignore', 'inherit'] });
}
function removeAsRoot(path) {
  if (process.getuid() === 0) rmSync(path, { force: true });
  else execFileSync('sudo', ['-n', 'rm', '-f', path]);
}

export async function startSite() {
  const dir = mkdtempSync(join(tmpdir(), 'calf-check-wp-'));
  const name = `calfcheck-test-${process.pid}`;
  const configFile = `/etc/wordpress/config-${name}.php`;
  const socket = join(dir, 'mysql.sock');
  const content = join(dir, 'wp-content');
  const children = [];
  let stopped = false;

  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const child of [...children].reverse()) {
      // Each server was started as its own process group (PHP forks workers): signal the group by its PID.
      if (child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          /* already gone */
        }
      }
    }
    // MariaDB removes its PID file once it has shut down; only then is its data directory free to delete.
    for (let i = 0; i < 100 && existsSync(`${dir}/mariadb.pid`); i++) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    try {
      removeAsRoot(configFile);
    } catch {
      /* nothing to remove */
    }
    rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
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

  try {
    // The database: a fresh data directory, reachable only through its socket.
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
    const sql = (query, database = []) =>
      execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-N', '-B', '-e', query, ...database], {
        encoding: 'utf8',
      });
    await until('MariaDB', () => existsSync(socket) && (() => { try { sql('SELECT 1'); return true; } catch { return false; } })(), db);
    sql('CREATE DATABASE wordpress');

    // wp-content of this run: Debian's theme linked in, the plugins folder empty until the test installs the zip.
    for (const sub of ['plugins', 'themes', 'uploads', 'upgrade']) mkdirSync(join(content, sub), { recursive: true });
    symlinkSync(THEME, join(content, 'themes', 'twentytwentythree'));
    // This machine sends no mail (WordPress mails the new site's owner, for one).
    mkdirSync(join(content, 'mu-plugins'));
    writeFileSync(join(content, 'mu-plugins', 'no-mail.php'), "<?php add_filter( 'pre_wp_mail', '__return_false' );\n");

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const salt = () => Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
    const defines = {
      DB_NAME: 'wordpress',
      DB_USER: 'root',
      DB_PASSWORD: '',
      DB_HOST: `localhost:${socket}`,
      WP_HOME: url,
      WP_SITEURL: url,
      WP_CONTENT_DIR: content,
      WP_CONTENT_URL: `${url}/wp-content`,
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
    writeAsRoot(
      configFile,
      `<?php\n${Object.entries(defines)
        .map(([key, value]) => `define( '${key}', ${JSON.stringify(value)} );`)
        .join('\n')}\n`,
    );

    /** Runs PHP with WordPress loaded (as the command line, no user), returns what it prints. */
    const php = (code) =>
      execFileSync('php', ['-d', 'display_errors=stderr', '-d', 'error_reporting=E_ALL & ~E_DEPRECATED', '-r', code], {
        encoding: 'utf8',
        env: { ...process.env, CALF_CHECK_WP_CONFIG: name },
        cwd: WORDPRESS,
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
      echo wp_json_encode(array('users' => $users, 'version' => get_bloginfo('version'), 'theme' => get_stylesheet()));`);
    const site = JSON.parse(created.slice(created.indexOf('{')));

    const server = start('php', ['-S', `127.0.0.1:${port}`, '-t', WORDPRESS, ROUTER], {
      ...process.env,
      CALF_CHECK_WP_CONFIG: name,
      CALF_CHECK_WP_CONTENT: content,
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
    return { ...site, url, dir, content, php: (code) => php(`${load} require 'wp-load.php'; ${code}`), sql: (query) => sql(query, ['wordpress']), rest, stop };
  } catch (error) {
    const logs = children.map((child) => child.stderrText).join('\n');
    stop();
    throw new Error(`${error.message}\n${logs}`);
  }
}
