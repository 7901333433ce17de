import { html } from 'lit';

/**
 * A translated sentence with a value put back in as markup: the text before and after the first occurrence of
 * `value` (a message's placeholder, so the translation holds it verbatim), with `middle` in its place.
 */
export function around(text: string, value: string, middle: unknown) {
  const at = text.indexOf(value);
  return at < 0 ? text : html`${text.slice(0, at)}${middle}${text.slice(at + value.length)}`;
}

/**
 * A phone number, email or URL inside a sentence, kept left to right: in Arabic text the groups of "+44 20 7946 0000"
 * would otherwise be laid out right to left, reversing their order.
 */
export const leftToRight = (text: string, value: string) => around(text, value, html`<span dir="ltr">${value}</span>`);
