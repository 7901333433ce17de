/**
 * `calf-check/hydrate`: the element, for pages whose widgets were rendered on the server (`calf-check/ssr`). It takes
 * each rendered shadow root over as it stands (same nodes, the reader's ticks kept) instead of drawing it again.
 * Only these pages pay for hydration; `calf-check` itself does not carry it.
 */
// First, so it patches LitElement before the element's own imports define it.
import './hydration/support.js';
// Then the page paints the server's HTML before the element takes it over.
import './hydration/after-first-paint.js';
export * from './calf-check.js';
