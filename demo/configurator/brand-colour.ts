/**
 * A clinic's brand colour: whether the widget can take it on a background, and the nearest shade that it can when it
 * cannot. Pure: the configurator checks with it as the clinic types, and the tests feed it thousands of colours.
 */
import { contrastRatio, type Rgba } from '../../src/embed/contrast.js';
import { BACKGROUNDS } from '../../src/embed/palette.js';

/** The backgrounds the shipped palettes paint, which a brand colour must stand out from. */
export type Background = 'white' | 'dark';
const BACKGROUND_RGBA: Record<Background, Rgba> = { white: parseHex(BACKGROUNDS.light)!, dark: parseHex(BACKGROUNDS.dark)! };
const WHITE: Rgba = [255, 255, 255, 1];
const INK: Rgba = [0x11, 0x11, 0x11, 1];

/**
 * The widget writes no text in the accent colour: it paints graphics with it (the booking button, ticked boxes, the
 * heading mark, the result bar, the picture's arrow, the focus ring), and WCAG AA asks 3:1 of graphics (1.4.11).
 */
const ACCENT_MIN_CONTRAST = 3;
/** The booking button's text, written on the accent in textOn's colour, is text: AA's 4.5:1. */
const BUTTON_TEXT_MIN_CONTRAST = 4.5;

/** What parseHex accepts, said for a clinic. */
const HEX_HINT = 'Enter a colour code of 6 or 3 hex digits, e.g. #1d5fa8 or #15a (the # is optional), or pick one.';

/** `#abc` or `#aabbcc`, the `#` optional → RGBA, else null. */
export function parseHex(value: string): Rgba | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(1) as Rgba;
}

/** `#rrggbb`, as the snippet and a colour picker write it. */
export const toHex = (rgba: Rgba) => `#${[0, 1, 2].map((i) => Math.round(rgba[i]).toString(16).padStart(2, '0')).join('')}`;

/** White or near-black, whichever reads better on the accent: the booking button's text and the tick. */
export function textOn(accent: Rgba): string {
  return contrastRatio(WHITE, accent) >= contrastRatio(INK, accent) ? '#ffffff' : '#111111';
}

/** A ratio to one decimal, rounded down: 2.97 must not read "3.0" next to "needs 3:1". */
const ratioText = (ratio: number) => (Math.floor(ratio * 10) / 10).toFixed(1);

/**
 * Why `accent` (null: not a colour code) cannot be the brand colour on each of `backgrounds`; undefined when it can.
 * Two backgrounds are the Automatic theme with one colour for both halves.
 */
export function accentError(accent: Rgba | null, backgrounds: readonly Background[]): string | undefined {
  if (!accent) return HEX_HINT;
  const weak = backgrounds.find((bg) => contrastRatio(accent, BACKGROUND_RGBA[bg]) < ACCENT_MIN_CONTRAST);
  if (weak) {
    const ratio = ratioText(contrastRatio(accent, BACKGROUND_RGBA[weak]));
    const why = `The colour needs to stand out from the background (${ACCENT_MIN_CONTRAST}:1) so the button, ticks and arrow are easy to see.`;
    const direction = weak === 'white' ? 'darker' : 'lighter';
    // A colour too faint on one of white and dark always clears the other, so a mid-tone between them works.
    if (backgrounds.length > 1) {
      return `With the Automatic theme the background switches between white and dark, and this colour is too faint on the ${weak} one (${ratio}:1). ${why} Pick a ${direction} one that stays clear of both (a mid-tone such as #3c8dbc), give the dark theme its own colour below, choose Light or Dark above, or leave this empty.`;
    }
    return `This colour is too faint on the ${weak} background (${ratio}:1). ${why} Pick a ${direction} one.`;
  }
  const buttonText = contrastRatio(parseHex(textOn(accent))!, accent);
  if (buttonText < BUTTON_TEXT_MIN_CONTRAST) {
    return `Neither white nor dark text is easy to read on this colour (${ratioText(buttonText)}:1 at best), and the booking button's text needs ${BUTTON_TEXT_MIN_CONTRAST}:1. Pick one a little darker or lighter.`;
  }
  return undefined;
}

/** Hue (0–360), saturation and lightness (0–1) of an sRGB colour. */
export function toHsl([r, g, b]: Rgba): [number, number, number] {
  const [rs, gs, bs] = [r / 255, g / 255, b / 255];
  const max = Math.max(rs, gs, bs);
  const min = Math.min(rs, gs, bs);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return [0, 0, l];
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === rs ? ((gs - bs) / d + 6) % 6 : max === gs ? (bs - rs) / d + 2 : (rs - gs) / d + 4;
  return [h * 60, s, l];
}

function fromHsl(h: number, s: number, l: number): Rgba {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r, g, b] = h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
  return [r, g, b].map((v) => Math.round((v + m) * 255)).concat(1) as Rgba;
}

/**
 * The nearest colour of the same hue and saturation, only lighter or darker, that `accentError` takes on these
 * backgrounds, as `#rrggbb`; undefined if no lightness works. Checked after rounding to a colour code, so what is
 * offered is exactly what passes.
 */
export function nearestPassing(accent: Rgba, backgrounds: readonly Background[]): string | undefined {
  const [h, s, l] = toHsl(accent);
  for (let step = 1; step <= 1000; step++) {
    for (const lightness of [l - step / 1000, l + step / 1000]) {
      if (lightness < 0 || lightness > 1) continue;
      const candidate = fromHsl(h, s, lightness);
      if (!accentError(candidate, backgrounds)) return toHex(candidate);
    }
  }
  return undefined;
}
