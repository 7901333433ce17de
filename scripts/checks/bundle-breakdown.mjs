// Where the bytes of the built bundle come from, read from its source map: every generated
// character belongs to the source of the mapping it sits under.
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { gzipSync } from 'node:zlib';

/** Groups a source path into what a reader of the size report cares about. */
export function groupOf(source) {
  if (!source) return 'unmapped (module glue)';
  if (source.endsWith('calf-check:msg-ids')) return 'message ids (listed once for all locales)';
  const locale = /\/locales?\/([\w-]+)\.[jt]s$/.exec(source);
  if (locale) return `locale ${locale[1]}`;
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(source)) return 'Lit';
  if (/node_modules\/@lit\/localize\//.test(source)) return '@lit/localize runtime';
  const file = /(?:^|\/)src\/(.+)$/.exec(source);
  if (file) return `src/${file[1]}`;
  return source.replace(/^(\.\.\/)+/, '');
}

/**
 * Splits `code` into the text each group contributed, using its source map.
 * @param {string} code the generated JavaScript
 * @param {object|string} map its source map
 * @returns {Map<string, string>} group → the characters it contributed, in order
 */
export function textByGroup(code, map) {
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const marks = [];
  eachMapping(new TraceMap(map), (mapping) => {
    marks.push({ offset: lineStarts[mapping.generatedLine - 1] + mapping.generatedColumn, source: mapping.source });
  });
  marks.sort((a, b) => a.offset - b.offset);
  const groups = new Map();
  const add = (group, text) => groups.set(group, (groups.get(group) ?? '') + text);
  if (marks.length === 0 || marks[0].offset > 0) add(groupOf(null), code.slice(0, marks[0]?.offset ?? code.length));
  marks.forEach((mark, i) => add(groupOf(mark.source), code.slice(mark.offset, marks[i + 1]?.offset ?? code.length)));
  return groups;
}

const gzipLength = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/**
 * One row per group, heaviest first: raw bytes, gzip of the group alone, and its marginal gzip cost
 * (the bundle's gzip size minus the gzip size of the bundle without that group's characters).
 */
export function breakdown(code, map) {
  const groups = textByGroup(code, map);
  const total = gzipLength(code);
  const rows = [...groups].map(([group]) => {
    const text = groups.get(group);
    return { group, raw: Buffer.byteLength(text), gzipAlone: gzipLength(text), gzipMarginal: total - gzipWithout(groups, [group]) };
  });
  return rows.sort((a, b) => b.raw - a.raw);
}

/** Gzip size of the bundle's characters with the `left out` groups removed (it need not run, only compress). */
export function gzipWithout(groups, leftOut) {
  return gzipLength([...groups].filter(([group]) => !leftOut.includes(group)).map(([, text]) => text).join(''));
}
