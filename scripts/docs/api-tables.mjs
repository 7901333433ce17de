// README's API tables, generated from custom-elements.json so docs and code cannot drift.
// Pure functions: scripts/docs/docs.mjs writes them into README.md, tests/readme.test.ts checks they match.

/** Escapes what would break a markdown table cell: pipes and line breaks. */
const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (text) => `\`${cell(text)}\``;

/** `''` and a missing default read as "—"; quoted literals lose their quotes. */
function defaultValue(raw) {
  if (raw === undefined || raw === "''" || raw === '""') return '—';
  return code(raw.replace(/^'(.*)'$/, '$1'));
}

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** The one custom element the manifest describes. */
export function elementOf(manifest) {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) if (declaration.customElement) return declaration;
  }
  throw new Error('custom-elements.json describes no custom element');
}

/** Public instance fields: the element's properties (with their attribute, if any). No privacy means public. */
export function publicProperties(element) {
  return (element.members ?? []).filter(
    (member) =>
      member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#'),
  );
}

/** Markdown for each table, keyed by the name used in the README's markers. */
export function apiTables(manifest) {
  const element = elementOf(manifest);
  return {
    attributes: table(
      ['attribute', 'property', 'default', 'what it does'],
      // Properties with an attribute, then attributes the element reads without a property of its own (`lang`),
      // then properties set only from JavaScript.
      [
        ...publicProperties(element)
          .filter((p) => p.attribute)
          .map((p) => [code(p.attribute), code(p.name), defaultValue(p.default), cell(p.description)]),
        ...(element.attributes ?? [])
          .filter((a) => !a.fieldName)
          .map((a) => [code(a.name), '—', defaultValue(a.default), cell(a.description)]),
        ...publicProperties(element)
          .filter((p) => !p.attribute)
          .map((p) => ['—', code(p.name), defaultValue(p.default), cell(p.description)]),
      ],
    ),
    events: table(
      ['event', 'type', 'when'],
      (element.events ?? []).map((e) => [code(e.name), code(e.type?.text ?? 'Event'), cell(e.description)]),
    ),
    slots: table(['slot', 'what goes there'], (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])),
    parts: table(['part', 'element'], (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])),
    'css-properties': table(
      ['property', 'default', 'what it sets'],
      (element.cssProperties ?? []).map((p) => [code(p.name), defaultValue(p.default), cell(p.description)]),
    ),
  };
}

/** README with every `<!-- api:NAME -->…<!-- /api:NAME -->` block replaced by the generated table. */
export function withApiTables(readme, tables) {
  let result = readme;
  for (const [name, markdown] of Object.entries(tables)) {
    const block = new RegExp(`(<!-- api:${name} -->\\n)[\\s\\S]*?(\\n<!-- /api:${name} -->)`);
    if (!block.test(result)) throw new Error(`README.md has no <!-- api:${name} --> … <!-- /api:${name} --> block`);
    result = result.replace(block, (_, open, close) => `${open}${markdown}${close}`);
  }
  return result;
}
