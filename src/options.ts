/**
 * Reading options a host page passes in. Attributes arrive as strings, but a page's JavaScript may
 * assign anything to the properties (null, numbers, objects), so every reader accepts `unknown`.
 */

/** Longest clinic name shown; longer ones are cut (and the configurator refuses them). */
export const CLINIC_NAME_MAX = 120;

/** The colour schemes the widget's styles ship (src/styles.ts); the configurator offers the same ones. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** The value as text: null and undefined are empty, anything else goes through String(). */
export function asText(value: unknown): string {
  // An object a page assigns becomes "[object Object]" on purpose: it then fails validation and is warned about.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return value == null ? '' : String(value);
}

/** A heading level 1–6 written as one digit (spaces allowed); undefined for anything else ("2.5", "0x3", "٣"). */
export function parseHeadingLevel(value: unknown): number | undefined {
  const digits = asText(value).trim();
  return /^[1-6]$/.test(digits) ? Number(digits) : undefined;
}

/**
 * share-result fails closed: on only when present without a value, as "true" or as "share-result"
 * (the usual boolean-attribute forms), or as `true` from JavaScript. "false" and absent are off;
 * anything else is undefined (off, with a warning), so a typo never shares a reader's answers.
 */
export function parseShareResult(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value == null) return false;
  const word = asText(value).trim().toLowerCase();
  if (word === '' || word === 'true' || word === 'share-result') return true;
  return word === 'false' ? false : undefined;
}
