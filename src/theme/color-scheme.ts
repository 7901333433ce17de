import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Theme } from '../attributes.js';

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
  /**
   * What the page asks `auto` for, as last read. Rendered on a server, where there is no page to read (hostUpdate
   * does not run), `system` leaves it to the media query in the styles.
   */
  #page: Scheme = 'system';
  readonly #host: Host;
  #observer?: MutationObserver;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The palette to render, read while rendering: light and dark as the theme says, auto as the page says. */
  get scheme(): Scheme {
    const { theme } = this.#host;
    return theme === 'auto' ? this.#page : theme;
  }

  hostConnected(): void {
    // Moved, or back after a while away: the page may have changed meanwhile, unwatched.
    this.#check();
    // Made here, not in the constructor: a server renders the element without connecting it, and has no observers.
    this.#observer ??= new MutationObserver(() => this.#check());
    const { documentElement, body, head } = this.#host.ownerDocument;
    for (const node of [documentElement, body]) if (node) this.#observer.observe(node, { attributes: true });
    if (head) this.#observer.observe(head, { childList: true, subtree: true, attributes: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  hostUpdate(): void {
    // Light and dark need no style read.
    if (this.#host.theme === 'auto') this.#page = this.#read();
  }

  #check() {
    if (this.#host.theme === 'auto' && this.#read() !== this.#page) this.#host.requestUpdate();
  }

  /** The page's scheme, as `auto` reads it. */
  #read(): Scheme {
    let page = getComputedStyle(this.#host).colorScheme;
    if (page === 'normal') page = this.#host.ownerDocument.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? '';
    return schemeFor('auto', page);
  }
}
