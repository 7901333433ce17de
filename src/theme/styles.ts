import { css, unsafeCSS } from 'lit';
import { readProperty, themeDeclarations } from './custom-properties.js';

/*
 * Internal styling is by class; parts are only the public names a page styles with ::part(). Every default comes
 * from theme/custom-properties.ts, read with its public custom property first, so a clinic's own value wins over any
 * theme's default.
 */
const light = unsafeCSS(`${themeDeclarations('light')} --_scheme: light;`);
const dark = unsafeCSS(`${themeDeclarations('dark')} --_scheme: dark;`);
const fontFamily = unsafeCSS(`font-family: ${readProperty('font')};`);
const maxWidth = unsafeCSS(`max-width: ${readProperty('max-width', true)};`);

export const styles = css`
  :host {
    display: block;
    box-sizing: border-box;
    ${maxWidth}
    /* A flex or float parent sizes by content, which containment makes zero: keep a usable width. */
    min-width: min(100%, 17.5rem);
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .container {
    /*
     * Page rules like "* { line-height: 3 }" or "body { text-transform: uppercase }" reach the host
     * and beat :host, so the reset happens one level in: everything inherited is dropped, then only
     * the font family and size are taken from the page. A page that hides, disables or stops
     * scaling text for a whole region still does so for the widget.
     */
    all: initial;
    /*
     * The palette lives here, not on :host, so the scheme the element computes (src/color-scheme.ts) switches it
     * by class, and properties built from others (the focus ring from the accent) are computed in the same place.
     */
    ${light}
    visibility: inherit;
    pointer-events: inherit;
    -webkit-text-size-adjust: inherit;
    text-size-adjust: inherit;
    ${fontFamily}
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_fg);
    color-scheme: var(--_scheme);
    box-sizing: border-box;
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.25);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  /*
   * Lines break where each script's readers expect: Korean between words, not inside one; Japanese and Chinese never
   * start a line with closing punctuation or a small kana. Urdu's Nastaliq letters, which a reader's system picks for
   * lang="ur", reach far above and below the line, so its lines get more room.
   */
  .container:lang(ko) {
    word-break: keep-all;
  }
  .container:lang(ja),
  .container:lang(zh) {
    line-break: strict;
  }
  .container:lang(ur) {
    line-height: calc(var(--_line-height) + 0.4);
  }
  /* Dark by the theme or by the page's own color-scheme; with neither, the reader's system decides. */
  .container.scheme-dark {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    .container.scheme-system {
      ${dark}
    }
  }
  p,
  ul,
  fieldset {
    margin: 0;
  }
  ul {
    padding-inline-start: 1.25em;
  }
  .language-picker {
    justify-self: end;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .language-picker select,
  .self-tests select,
  .entry input,
  .pace-button,
  .action {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) * 0.4);
    padding: 0.25em 0.5em;
  }
  .heading {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.2;
    font-weight: 700;
  }
  .heading::before {
    content: '';
    display: inline-block;
    inline-size: 0.35em;
    block-size: 0.9em;
    margin-inline-end: 0.4em;
    border-radius: 0.2em;
    background: var(--_accent);
    vertical-align: -0.05em;
  }
  .subheading {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
  }
  .muted,
  .disclaimer {
    color: var(--_muted);
  }
  .explainer {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  /*
   * The picture sits beside the lead only while the lead keeps 12.5em, else it goes under it. Every length here is in
   * the text's own units, so text-only zoom or a large post font narrows the row the way it widens the words: the lead
   * never shrinks to a few letters a line, and at the usual 16 px the switch stays at a 520 px column.
   */
  .intro {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .lead {
    flex: 1 1 12.5em;
  }
  .picture {
    /*
     * A side view reads the same in either direction, so right-to-left keeps the drawing as is; ltr here anchors each
     * label's start beside what it names, where an Arabic label then reads normally.
     */
    direction: ltr;
    display: block;
    flex: 0 1 16.25em;
    inline-size: 100%;
    max-inline-size: 16.25em;
    block-size: auto;
    margin-inline: auto;
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .skin-edge {
    stroke: var(--_muted);
  }
  .skin {
    stroke: color-mix(in srgb, var(--_muted) 14%, var(--_bg));
  }
  .ground {
    stroke: var(--_muted);
    stroke-width: 2;
  }
  .calf {
    fill: color-mix(in srgb, var(--_accent) 35%, transparent);
    stroke: var(--_muted);
  }
  .lift {
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .joint {
    fill: var(--_bg);
    stroke: var(--_fg);
    stroke-width: 2.5;
  }
  .joint-ankle {
    fill: var(--_accent);
    stroke: var(--_accent);
  }
  .joint-back {
    stroke: var(--_accent);
    stroke-width: 4;
  }
  /* 15.5 picture units: at least 0.85 of the text size down to a 280 px column, where the picture shrinks to 238 px. */
  .label {
    fill: var(--_fg);
    stroke: none;
    font-size: 15.5px;
  }
  .load {
    stroke: var(--_accent);
    stroke-width: 5;
    stroke-dasharray: 10 8;
  }
  .load-head {
    fill: var(--_accent);
  }
  @media (prefers-reduced-motion: no-preference) {
    .load {
      /* Three runs, under five seconds, then still: a moving picture beside the text would keep pulling the eye. */
      animation: flow 1.6s linear 3;
    }
  }
  @keyframes flow {
    to {
      stroke-dashoffset: -36;
    }
  }
  details {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
    padding: 0 calc(var(--_space) * 0.75);
  }
  details > :not(summary) {
    margin-block-end: calc(var(--_space) * 0.75);
  }
  details > * + :not(summary) {
    margin-block-start: 0;
  }
  summary {
    cursor: pointer;
    padding-block: calc(var(--_space) * 0.6);
    font-weight: 600;
  }
  /* The urgent-care box: compact, and set apart by a heavier frame in the text colour, never by colour alone. */
  .safety {
    display: grid;
    gap: 0.4em;
    padding: 0.6em 0.9em;
    border: 2px solid var(--_fg);
    border-radius: calc(var(--_radius) * 0.6);
    font-size: 0.95em;
  }
  /* Two columns where there is room, so every emergency sign shows without making the box tall. */
  .safety ul {
    columns: 2 13em;
    column-gap: 2em;
  }
  .safety li {
    break-inside: avoid;
  }
  .safety details {
    border: 0;
    padding: 0;
  }
  .section-body {
    display: grid;
    gap: 0.5em;
  }
  .sources-topic {
    font-weight: 600;
  }
  /* Reference lists carry long titles and addresses: they wrap anywhere rather than widen a narrow column. */
  .sources li {
    overflow-wrap: anywhere;
  }
  .checklist {
    display: grid;
    gap: calc(var(--_space) * 0.6);
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.25em;
  }
  .item {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    /* Tight beside the box, so a sign keeps 16 characters a line at 200 % text in a 520 px column. */
    column-gap: 0.5em;
    align-items: start;
    padding: 0.6em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
    cursor: pointer;
  }
  /* No tint behind a ticked sign: its box then stands out from the plain background, the 3:1 an accent is chosen for. */
  .item:has(:checked) {
    border-color: var(--_accent);
  }
  /* Drawn by hand so every theme controls, and a test can measure, the box's contrast. */
  .checkbox {
    appearance: none;
    display: grid;
    place-content: center;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.15em 0 0;
    font: inherit;
    border: 2px solid var(--_muted);
    border-radius: 0.25em;
    background: var(--_bg);
    cursor: pointer;
  }
  .checkbox:checked {
    border-color: var(--_accent);
    background: var(--_accent);
  }
  .checkbox:checked::before {
    content: '';
    inline-size: 0.75em;
    block-size: 0.75em;
    clip-path: polygon(14% 44%, 0 65%, 50% 100%, 100% 16%, 80% 0, 43% 62%);
    background: var(--_accent-contrast);
  }
  .item-label {
    font-weight: 600;
  }
  .item-hint {
    grid-column: 2;
    font-size: 0.9em;
  }
  .result {
    padding: 0.75em 1em;
    border-inline-start: 0.35em solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.4);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_bg));
  }
  /*
   * A server-rendered widget before its script runs: the checklist cannot answer, so its note stands over the result,
   * which like the picker keeps its room, unseen, so nothing moves when the script arrives.
   */
  .result-area {
    position: relative;
  }
  .needs-script {
    position: absolute;
    inset: 0.75em 1em;
    margin: 0;
    font-weight: 600;
  }
  :host(:defined) .needs-script {
    display: none;
  }
  :host(:not(:defined)) .result,
  :host(:not(:defined)) .language-picker {
    visibility: hidden;
  }
  /* The "Extra load" label keeps .label's foreground colour, never the accent: a brand colour only has to stand out 3:1. */
  .count,
  .load-label,
  .safety-heading,
  .emergency {
    font-weight: 700;
  }
  .cta {
    display: grid;
    gap: 0.75em;
    justify-items: start;
  }
  .book {
    display: inline-block;
    padding: 0.7em 1.2em;
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 700;
    text-decoration: none;
  }
  /* The pointer's cue is not a colour, so text keeps its contrast whatever the accent. */
  summary:hover,
  .action:hover,
  .book:hover {
    text-decoration: underline;
  }
  a {
    color: inherit;
  }
  .phone {
    font-weight: 600;
  }
  .self-tests,
  .pace {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .pace {
    justify-items: start;
  }
  ol {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .self-test-safety,
  .entries legend,
  .error {
    font-weight: 600;
  }
  .entries {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    padding: 0;
    border: 0;
  }
  .entries legend,
  .units,
  .error {
    inline-size: 100%;
  }
  .units {
    display: flex;
    gap: 1em;
  }
  .entry input {
    inline-size: 4.5em;
  }
  .entry [aria-invalid='true'] {
    border: 2px solid var(--_fg);
  }
  .pace-button {
    border: 2px solid var(--_accent);
    cursor: pointer;
  }
  .beat {
    display: flex;
    align-items: center;
    gap: 0.6em;
    font-size: 1.25em;
  }
  .beat-dot {
    inline-size: 1em;
    block-size: 1em;
    border-radius: 50%;
    background: var(--_accent);
    translate: 0 0.3em;
  }
  .beat-up .beat-dot {
    translate: 0 -0.3em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .beat-dot {
      transition: translate 0.8s;
    }
  }
  th,
  td {
    text-align: start;
    padding-inline-end: 1em;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .disclaimer {
    font-size: 0.875em;
  }
  .summary-text {
    margin: 0;
    padding: 0.6em 0.75em;
    font: inherit;
    white-space: pre-wrap;
    border: 1px dashed var(--_muted);
    border-radius: calc(var(--_radius) * 0.4);
  }
  .summary-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  /*
   * Paper gets what the reader needs at the appointment: every section open (the element opens them on beforeprint),
   * the ticks and figures, the safety note, the booking address written out; no controls. Light colours, as paper is.
   */
  @media print {
    /* Beats the scheme classes, which set the palette on the same element. */
    .container.container {
      ${light}
    }
    .container {
      border: 0;
      padding: 0;
    }
    button,
    .language-picker,
    .summary-actions,
    .summary-status {
      display: none;
    }
    /* Browsers leave out backgrounds unless told, and a tick is drawn as one. */
    .checkbox {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
    .book {
      padding: 0;
      color: inherit;
      background: none;
    }
    .book::after {
      content: ' (' attr(href) ')';
    }
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /*
   * High contrast repaints the page but not SVG paint, nor a box drawn only by its background: those take the
   * reader's system colours here, so the picture's labels, its load arrow, the booking button's shape and the pace
   * dot stay visible on whatever Canvas the reader's theme paints.
   */
  @media (forced-colors: active) {
    .checkbox:checked::before,
    .beat-dot {
      background: CanvasText;
    }
    .label {
      fill: CanvasText;
    }
    .skin-edge,
    .ground,
    .joint,
    .calf {
      stroke: CanvasText;
    }
    .skin,
    .joint,
    .calf {
      fill: Canvas;
    }
    .skin {
      stroke: Canvas;
    }
    .load,
    .lift,
    .joint-back {
      stroke: Highlight;
    }
    .load-head,
    .joint-ankle {
      fill: Highlight;
      stroke: Highlight;
    }
    .book {
      border: 2px solid;
    }
  }
`;
