// Renders docs/recipes.md as a page the demo links to (dist/docs/recipes.html), so a clinic reads the recipes in a
// browser rather than as raw Markdown. The Markdown stays the source: tests/recipes.test.ts runs its code blocks, and
// checks this page shows each of them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Marked } from 'marked';

const SOURCE = 'docs/recipes.md';
export const PAGE = 'dist/docs/recipes.html';

/** Links in the Markdown are relative to docs/; the page lives elsewhere, so each is rewritten to reach the same file. */
export function rebase(href, from = posix.dirname(SOURCE), to = posix.dirname(PAGE)) {
  if (/^([a-z][a-z0-9+.-]*:|#|\/)/i.test(href)) return href;
  return posix.relative(to, posix.join(from, href)) || '.';
}

export function recipesPage(markdown) {
  const marked = new Marked({
    walkTokens(token) {
      if (token.type === 'link' || token.type === 'image') token.href = rebase(token.href);
    },
  });
  const body = marked.parse(markdown);
  const title = /^# (.+)$/m.exec(markdown)?.[1] ?? 'Recipes';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c])}</title>
<style>
  body { margin: 0 auto; max-width: 48rem; padding: 1rem clamp(1rem, 4vw, 3rem); font: 17px/1.6 system-ui, sans-serif; color: #1f2428; background: #fff; }
  a { color: #0b5a55; }
  pre { padding: 1rem; background: #1f2428; color: #f6f7f8; border-radius: 8px; overflow-x: auto; }
  code { font-size: 0.9em; }
  :focus-visible { outline: 3px solid #0b6b66; outline-offset: 2px; }
</style>
</head>
<body>
<main>
${body}</main>
</body>
</html>
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(dirname(PAGE), { recursive: true });
  writeFileSync(PAGE, recipesPage(readFileSync(SOURCE, 'utf8')));
  console.log(`${SOURCE} → ${PAGE}`);
}
