/** WCAG 2 contrast from CSS colours. Pure: the configurator checks a brand colour with it, and the browser tests feed it getComputedStyle values. */

/** Red, green, blue in 0–255 and alpha in 0–1. */
export type Rgba = [number, number, number, number];

const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?%?`;
const RGB = new RegExp(String.raw`^rgba?\(\s*(${NUMBER})[\s,]+(${NUMBER})[\s,]+(${NUMBER})(?:[\s,/]+(${NUMBER}))?\s*\)$`, 'i');
const SRGB = new RegExp(String.raw`^color\(\s*srgb\s+(${NUMBER})\s+(${NUMBER})\s+(${NUMBER})(?:\s*/\s*(${NUMBER}))?\s*\)$`, 'i');

function channel(token: string, scale: number): number {
  return token.endsWith('%') ? (parseFloat(token) / 100) * scale : parseFloat(token);
}

/**
 * Parses the colour forms Chromium's getComputedStyle returns for sRGB colours: `rgb()`, `rgba()`,
 * `transparent`, and `color(srgb …)` (what `color-mix(in srgb, …)` computes to). Anything else throws,
 * so a theme in another colour space fails loudly instead of being measured wrongly.
 */
export function parseColor(value: string): Rgba {
  const text = value.trim();
  if (text === 'transparent') return [0, 0, 0, 0];
  const rgb = RGB.exec(text);
  if (rgb) return [channel(rgb[1], 255), channel(rgb[2], 255), channel(rgb[3], 255), rgb[4] ? channel(rgb[4], 1) : 1];
  const srgb = SRGB.exec(text);
  if (srgb) {
    const [r, g, b] = [srgb[1], srgb[2], srgb[3]].map((token) => channel(token, 1) * 255);
    return [r, g, b, srgb[4] ? channel(srgb[4], 1) : 1];
  }
  throw new Error(`contrast: cannot read colour ${JSON.stringify(value)}`);
}

/** `top` painted over `bottom` (source-over). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const alpha = top[3] + bottom[3] * (1 - top[3]);
  if (alpha === 0) return [0, 0, 0, 0];
  const mix = (i: number) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / alpha;
  return [mix(0), mix(1), mix(2), alpha];
}

/** WCAG relative luminance of an opaque colour. */
export function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio (1–21) of `foreground` over an opaque `background`; a translucent foreground is blended first. */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
  if (background[3] < 1) throw new Error('contrast: the background must be opaque; composite it first');
  const [a, b] = [luminance(over(foreground, background)), luminance(background)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
