/**
 * `calf-check/ssr`: renders a `<calf-check>` on the server, shadow root and all (declarative shadow DOM), so the
 * widget paints with the page, and works as far as plain HTML can before any script: the explainer, the safety note
 * and the booking link. For any Node build (a static-site generator, a server framework); the page then loads
 * `calf-check/hydrate`, which takes the rendered widget over where it stands.
 */
import { html, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import './calf-check.js';
import { speak } from './i18n/runtime.js';
import { addAllWords } from './i18n/all-words.js';
import { resolveLocale } from './i18n/locales.js';
import { warnAttribute } from './warn.js';

export interface RenderOptions {
  /**
   * The page's language (its `<html lang>`), which the server cannot see for itself. A `lang` among the attributes
   * outranks it, as it does on the page. Tags resolve as in the browser (fr-CA → fr); none, or one we do not ship,
   * renders English.
   */
  lang?: string;
}

/** Names an attribute may have: lower-case words joined by hyphens, as HTML writes them; never a handler (on…). */
const ATTRIBUTE_NAME = /^(?!on)[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

// A server may render any language at any moment: every language's words are at hand from the start.
addAllWords();

/**
 * The HTML of one `<calf-check>` with `attributes` (attribute names to strings, as a page writes them), its shadow
 * root inside as `<template shadowrootmode="open">`. Every value is escaped; a name that is not a plain attribute
 * name is left out with a warning.
 */
export function renderCalfCheck(attributes: Record<string, string> = {}, options: RenderOptions = {}): Promise<string> {
  // A promise, as servers expect of a render, though nothing in it waits.
  try {
    return Promise.resolve(renderNow(attributes, options.lang));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * One render, from start to end in one synchronous call: its language is set around it (a widget not on a page takes
 * the language it is rendered in), so renders in different languages, however many at once, never mix.
 */
function renderNow(attributes: Record<string, string>, pageLang: string | undefined): string {
  const names = Object.keys(attributes).filter((name) => {
    if (ATTRIBUTE_NAME.test(name)) return true;
    warnAttribute('attribute name', name, 'a plain attribute name such as booking-url (event handlers are never set)');
    return false;
  });
  const tags = [attributes.lang, pageLang].filter((tag): tag is string => !!tag?.trim());
  const { locale, unsupported } = resolveLocale(tags);
  if (unsupported.length) warnAttribute('lang', unsupported[0], 'a language calf-check ships (rendering English)');
  const host = html(hostTemplate(names), ...names.map((name) => String(attributes[name])));
  return speak(locale, () => collectResultSync(render(host)));
}

const hostTemplates = new Map<string, TemplateStringsArray>();

/**
 * The host tag as a server-only template (no hydration markers of its own) with one binding per attribute value, so
 * the renderer escapes every value. The names are written into the template (checked above); one template per set of
 * names, so each shape is parsed once.
 */
function hostTemplate(names: readonly string[]): TemplateStringsArray {
  const key = names.join(' ');
  let strings = hostTemplates.get(key);
  if (!strings) {
    const parts = names.length
      ? [`<calf-check ${names[0]}="`, ...names.slice(1).map((name) => `" ${name}="`), '"></calf-check>']
      : ['<calf-check></calf-check>'];
    strings = Object.assign(parts, { raw: parts });
    hostTemplates.set(key, strings);
  }
  return strings;
}
