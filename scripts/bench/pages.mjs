// The pages compared: A loads the widget from dist/ (A1: the one-language file), S is the widget rendered by
// calf-check/ssr and hydrated, B is the same content as static HTML and CSS.

import { readFileSync } from 'node:fs';

/** The embed contract the build wrote from src/embed/ (npm run bench builds first). */
const embed = JSON.parse(readFileSync('dist/embed.json', 'utf8'));

/** The CSS that reserves the widget's space before its module runs (and gives it back if it never does). */
export const RESERVATION_CSS = embed.reservationCssMinified;

/** The snippet's fallback inside the tag: what a reader sees until the module runs, from the same templates. */
function fallbackIn(locale) {
  const { heading, lead, bookAt, line } = embed.fallback[locale];
  const book = bookAt.replace('{clinic}', 'Stride Physio').replace('{href}', 'https://clinic.example/book').replace('{target}', ' target="_blank" rel="noopener"');
  return heading.replaceAll('{level}', '2') + lead + line.replace('{content}', book);
}

/** A clinic's embed, as the README shows it. */
export const WIDGET_ATTRIBUTES = {
  'booking-url': 'https://clinic.example/book',
  phone: '+44 20 7946 0000',
  'clinic-name': 'Stride Physio',
};

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const attributes = (pairs) => pairs.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');

function page(title, head, body, { reserve = true, lang = 'en' } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><style>body{margin:0;padding:1rem;font:16px/1.5 system-ui,sans-serif}${reserve ? RESERVATION_CSS : ''}</style>${head}</head>
<body>${body}</body></html>`;
}

/**
 * Page A: `count` widgets loaded the way a clinic loads them, one module script (A1: `dist/calf-check.en.js`), on a
 * page in `lang` (A-fr: a French page, whose widget fetches the French words beside the module).
 */
export function widgetPage(count = 1, script = '/dist/calf-check.js', lang = 'en') {
  const widget = `<calf-check${attributes(Object.entries(WIDGET_ATTRIBUTES))}>${fallbackIn(lang)}</calf-check>`;
  return page(`A: ${count} widget(s)`, `<script type="module" src="${script}"></script>`, widget.repeat(count), { lang });
}

/**
 * Page S: `count` copies of the widget as `renderCalfCheck` wrote it (`html`), hydrated by calf-check/hydrate. No
 * reservation line: the widget has its size from the first paint.
 */
export function serverRenderedPage(html, count = 1) {
  return page(`S: ${count} server-rendered widget(s)`, '<script type="module" src="/dist/calf-check.hydrate.js"></script>', html.repeat(count), {
    reserve: false,
  });
}

/**
 * Page B: `count` copies of what the widget rendered, as static HTML in a declarative shadow root
 * with the widget's own CSS. No JavaScript at all; the same words, picture and styles.
 * @param {{ html: string, css: string, hostAttributes: [string, string][] }} snapshot
 */
export function staticPage(snapshot, count = 1) {
  const copy = `<div${attributes(snapshot.hostAttributes)}><template shadowrootmode="open"><style>${snapshot.css}</style>${snapshot.html}</template></div>`;
  return page(`B: ${count} static copy(ies)`, '', copy.repeat(count));
}

/**
 * Runs in the browser on page A: the rendered widget's shadow DOM (without Lit's comment markers),
 * its adopted style sheets and the host's attributes.
 */
export function snapshotWidget() {
  const element = document.querySelector('calf-check');
  return {
    html: element.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, ''),
    css: element.shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
    hostAttributes: [...element.attributes].map((attribute) => [attribute.name, attribute.value]),
  };
}
