// The rules every translation keeps, as a medical translator would: one word per thing (the language's glossary, in
// locales/glossary/) and the language's own typography. Pure functions over the units of one XLIFF file, so the
// locale check runs them on the shipped files and a test runs them on a file with a known defect put back.
import { readFileSync } from 'node:fs';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => ENTITIES[name]);

/**
 * The units of an XLIFF file: id, English source and translation, each placeholder (`<x …/>`) written as `X`, a word
 * for the rules, since what fills it is formatted by the code.
 */
export function readUnits(xliff) {
  const plain = (text) => decode((text ?? '').replace(/<x [^>]*\/>/g, 'X'));
  return [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id,
    source: plain(body.match(/<source>([\s\S]*?)<\/source>/)?.[1]),
    target: plain(body.match(/<target>([\s\S]*?)<\/target>/)?.[1]),
  }));
}

/** Every quotation mark a translation could use; a language keeps only its own pair (and ’ as the apostrophe). */
const QUOTATION_MARKS = /["'«»„“”‘‚‹›「」『』]/gu;
const CJK = '\\u3040-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff';
/** Units written after a number: the two are one thing, so a line may not break between them. */
const UNIT = /[\d٠-٩](?:X)? (cm|mm|km|kg|%|سم|سینٹی|厘米|公分|センチ|센티미터|सेमी|सेंटीमीटर)(?![\p{L}])/u;

/** The typography rules of one language: [what is wrong, a pattern that finds it]. */
function typographyRules(locale) {
  const rules = [
    ['two spaces in a row', / {2}/u],
    ['a space before a comma or full stop', / [,.]/u],
    ['an ordinary space between a number and its unit (use a no-break space)', UNIT],
  ];
  if (locale === 'fr') {
    rules.push(
      ['an ordinary space before : ; ? ! or » (use U+202F or U+00A0)', / [:;?!»]/u],
      ['no space before : ; ? ! or » (French needs a no-break space)', /[^\s\u00a0\u202f][:;?!»]/u],
      ['an ordinary space, or none, after « (use U+202F or U+00A0)', /«[^\u00a0\u202f]/u],
    );
  }
  if (locale === 'ar' || locale === 'ur') rules.push(['a Latin , ; or ? (Arabic script writes ، ؛ ؟)', /[,;?]/u]);
  if (locale === 'ur') rules.push(['a Latin full stop after Urdu text (Urdu ends a sentence with ۔)', /[\u0600-\u06ff]\./u]);
  if (locale === 'hi') rules.push(['a Latin full stop after Hindi text (Hindi ends a sentence with the danda ।)', /[\u0900-\u097f]\./u]);
  if (locale === 'ko') rules.push(['a full-width mark in Korean (Korean writes . , : ; ? ! ( ) with spaces between words)', /[。、，：；？！（）]/u]);
  if (locale.startsWith('zh') || locale === 'ja') {
    rules.push([
      'ASCII punctuation beside a Chinese or Japanese character (use the full-width 、，。：；？！（）)',
      new RegExp(`[${CJK}][,.:;?!()]|[,:;?!()][${CJK}]`, 'u'),
    ]);
  }
  return rules;
}

/**
 * What is wrong with one language's units: a glossary concept its translation does not name with the chosen word, a
 * rejected word anywhere, a quotation mark not the language's own, or typography the language does not write.
 * @param {{ locale: string, units: { id: string, source: string, target: string }[], glossary: object, terms: object }} input
 * @returns {string[]} one line per problem, naming the unit
 */
export function checkLocale({ locale, units, glossary, terms }) {
  const problems = [];
  const concepts = Object.entries(terms).filter(([name]) => !name.startsWith('$'));
  const excused = (id, concept) => glossary.except?.[id]?.[concept] !== undefined;
  for (const [concept] of concepts) {
    if (!glossary.terms?.[concept]?.use?.length) problems.push(`glossary ${locale}: no word chosen for "${concept}"`);
  }
  const allowedQuotes = new Set([...(glossary.quotes ?? []), '’']);
  for (const { id, source, target } of units) {
    for (const [concept, { english, exclusive }] of concepts) {
      const entry = glossary.terms?.[concept];
      if (!entry || excused(id, concept)) continue;
      const named = new RegExp(english, 'iu').test(source);
      const written = entry.use.some((word) => new RegExp(word, 'iu').test(target));
      if (named && !written) {
        problems.push(`${locale} ${id}: names "${concept}" in English but not as the glossary says (${entry.use.join(' | ')}): ${target}`);
      }
      if (exclusive && written && !named) problems.push(`${locale} ${id}: says "${concept}" where the English does not: ${target}`);
      for (const word of entry.avoid ?? []) {
        const found = new RegExp(word, 'iu').exec(target);
        if (found) problems.push(`${locale} ${id}: "${found[0]}" is a word the glossary rejects for "${concept}": ${target}`);
      }
    }
    for (const mark of target.match(QUOTATION_MARKS) ?? []) {
      if (!allowedQuotes.has(mark)) problems.push(`${locale} ${id}: quotation mark ${mark} is not the language's own (${glossary.quotes?.join(' ')}): ${target}`);
    }
    for (const [wrong, pattern] of typographyRules(locale)) {
      if (pattern.test(target)) problems.push(`${locale} ${id}: ${wrong}: ${JSON.stringify(target)}`);
    }
  }
  return problems;
}

/** The rules run on one shipped language's files. */
export function checkShippedLocale(locale, dir = 'locales') {
  return checkLocale({
    locale,
    units: readUnits(readFileSync(`${dir}/${locale}.xlf`, 'utf8')),
    glossary: JSON.parse(readFileSync(`${dir}/glossary/${locale}.json`, 'utf8')),
    terms: JSON.parse(readFileSync(`${dir}/glossary/terms.json`, 'utf8')),
  });
}
