// Rollup plugin: drops the `desc` option from msg() calls. Descriptions are notes for translators
// (they reach the XLIFF files through lit-localize's extraction, which reads the sources); at
// runtime lit-localize only reads `id`, so in the bundle they are dead weight.
import MagicString from 'magic-string';
import { walk } from 'estree-walker';

const isDesc = (property) =>
  property.type === 'Property' && !property.computed && (property.key.name ?? property.key.value) === 'desc';

/** @param {{ include?: RegExp }} [options] which module ids to transform (default: the project's own src/) */
export default function stripMsgDesc({ include = /[/\\]src[/\\].+\.[jt]s$/ } = {}) {
  return {
    name: 'strip-msg-desc',
    transform(code, id) {
      if (!include.test(id) || !code.includes('desc')) return null;
      const edits = new MagicString(code);
      let changed = false;
      walk(this.parse(code), {
        enter(node) {
          const [template, options] = node.type === 'CallExpression' ? node.arguments : [];
          if (node.callee?.name !== 'msg' || options?.type !== 'ObjectExpression') return;
          const descs = options.properties.filter(isDesc);
          if (descs.length === 0) return;
          changed = true;
          if (descs.length === options.properties.length) {
            edits.remove(template.end, options.end); // msg('…', { desc }) → msg('…')
            return;
          }
          for (const desc of descs) {
            const index = options.properties.indexOf(desc);
            const [previous, next] = [options.properties[index - 1], options.properties[index + 1]];
            // Take one neighbouring comma with it: `{ id, desc }` → `{ id }`, `{ desc, id }` → `{ id }`.
            if (next) edits.remove(desc.start, next.start);
            else edits.remove(previous.end, desc.end);
          }
        },
      });
      return changed ? { code: edits.toString(), map: edits.generateMap({ hires: true }) } : null;
    },
  };
}
