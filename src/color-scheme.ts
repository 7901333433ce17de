import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Theme } from './attributes.js';

/** Which palette the widget shows; `system` leaves it to the reader's system (prefers-color-scheme, in the styles). */
export type Scheme = 'light' | 'dark' | 'system';

/**
 * Which palette `theme` asks for on a page whose `color-scheme` is `pageScheme`. `auto` follows a page with its own
 * dark-mode switch, which says so with `color-scheme` on its root (inherited down to the widget) or a
 * `<meta name="color-scheme">`: one scheme there is the page's choice and wins; none, or both ("light dark", a page
 * that follows the system itself), leaves it to the reader's system.
 */
export function schemeFor(theme: Theme, pageScheme: string): Scheme {
  if (theme !== 'auto') return theme;
  const words = pageScheme.toLowerCase().split(/[\s,]+/);
  const light = words.includes('light');
  const dark = words.includes('dark');
  if (dark === light) return 'system';
  return dark ? 'dark' : 'light';
}

type Host = ReactiveControllerHost & HTMLElement & { theme: Theme };

/**
 * Keeps the host's scheme up to date, live. The system's preference needs no script (a media query in the styles);
 * the page's is watched where a dark-mode switch changes it: a class, data attribute or style on `<html>` or
 * `<body>`, and the `<head>`, where a switch may swap a stylesheet or the color-scheme meta. Only `auto` reads the
 * page, and watching starts and stops with the host.
 */
export class ColorSchemeController implements ReactiveController {
  /** The palette to render, read while rendering. */
  scheme: Scheme = 'light';
  readonly #host: Host;
  readonly #observer = new MutationObserver(() => this.#check());

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Moved, or back after a while away: the page may have changed meanwhile, unwatched.
    this.#check();
    const { documentElement, body, head } = this.#host.ownerDocument;
    for (const node of [documentElement, body]) if (node) this.#observer.observe(node, { attributes: true });
    if (head) this.#observer.observe(head, { childList: true, subtree: true, attributes: true });
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  hostUpdate(): void {
    this.scheme = this.#read();
  }

  #check() {
    if (this.#read() !== this.scheme) this.#host.requestUpdate();
  }

  #read(): Scheme {
    const { theme } = this.#host;
    // Light and dark need no style read.
    if (theme !== 'auto') return theme;
    let page = getComputedStyle(this.#host).colorScheme;
    if (page === 'normal') page = this.#host.ownerDocument.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? '';
    return schemeFor(theme, page);
  }
}
