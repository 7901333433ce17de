import { normalizeNumber, readerLocale, regionOf, tenth, type LengthUnit } from '../../i18n/formats.js';
import type { Locale } from '../../i18n/locales.js';

/**
 * The two home self-tests' results, as the reader entered them, and what the published figures say about them. Knee
 * to wall is kept in centimetres whatever unit the reader typed in; `null` means not entered (or refused). Pure: no
 * DOM, no @lit/localize, so every rule here is testable on its own.
 */

export const AGE_BANDS = ['20-29', '30-39', '40-49', '50-59', '60-69', '70-79', '80+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export interface SelfTests {
  kneeToWall: { left: number | null; right: number | null };
  heelRaise: { left: number | null; right: number | null; ageBand: AgeBand | null };
}

export function noSelfTests(): SelfTests {
  return { kneeToWall: { left: null, right: null }, heelRaise: { left: null, right: null, ageBand: null } };
}

/** True once the reader has entered at least one measurement. */
export function hasMeasurement({ kneeToWall, heelRaise }: SelfTests): boolean {
  return [kneeToWall.left, kneeToWall.right, heelRaise.left, heelRaise.right].some((value) => value !== null);
}

/** A deep copy, so a listener of an event cannot change the widget's state. */
export function copySelfTests({ kneeToWall, heelRaise }: SelfTests): SelfTests {
  return { kneeToWall: { ...kneeToWall }, heelRaise: { ...heelRaise } };
}

export type { LengthUnit };
export const CM_PER_INCH = 2.54;

/**
 * The furthest a foot plausibly reaches from the wall: published distances stay well under 20 cm, so 25 cm leaves room
 * for a long foot without taking a typo such as 85 for 8.5. In inches the same limit, rounded up to a whole inch.
 */
export const KNEE_TO_WALL_MAX: Record<LengthUnit, number> = { cm: 25, in: 10 };
/** Raises to fatigue: the oldest band's averages are near 10, the youngest near 37; 100 leaves room for an athlete. */
export const HEEL_RAISE_MAX = 100;

/** Under about 10 cm clinics often call an ankle restricted; there is no single validated cut-off. */
export const KNEE_TO_WALL_RESTRICTED_CM = 10;
/** Smallest real change between two measurements is 1.6–1.9 cm: a smaller side-to-side gap is noise. */
export const KNEE_TO_WALL_NOISE_CM = 2;

/**
 * The United States (and Liberia and Myanmar) measure in inches; the rest of the world in centimetres. `reader` is the
 * tag the widget formats with (readerLocale): `lang="en"` read in an en-US browser is inches, in an en-GB one
 * centimetres; a French page read in an en-US browser is centimetres; a language without a region is centimetres.
 */
export const unitForReader = (reader: string): LengthUnit => (/^(US|LR|MM)$/.test(regionOf(reader) ?? '') ? 'in' : 'cm');

/** The unit for the language shown, the tag the page declares for the widget and the browser's tags. */
export const defaultUnit = (locale: Locale, declared: string | null, browser: readonly string[]) =>
  unitForReader(readerLocale(locale, declared, browser));

/** What the reader typed into a self-test field: a value, nothing (empty), or refused (the value stays unset). */
export interface Entry {
  value: number | null;
  refused: boolean;
}

/**
 * Reads an entry as a plain decimal (or whole) number from 0 to `max`. Exponents, signs, hex, spaces inside and
 * anything else are refused; an empty field is simply not entered.
 */
export function parseEntry(text: string, reader: string, max: number, whole = false): Entry {
  const plain = normalizeNumber(text, reader);
  if (!plain) return { value: null, refused: false };
  const number = (whole ? /^\d{1,3}$/ : /^\d{1,3}(\.\d{1,2})?$/).test(plain) ? Number(plain) : NaN;
  return number <= max ? { value: number, refused: false } : { value: null, refused: true };
}

export const toCentimetres = (value: number, unit: LengthUnit) => tenth(unit === 'in' ? value * CM_PER_INCH : value);
export const fromCentimetres = (cm: number, unit: LengthUnit) => tenth(unit === 'in' ? cm / CM_PER_INCH : cm);

export type KneeToWallSide = 'restricted' | 'usual';

/** What the published figures say about one foot's distance, in centimetres. */
export const kneeToWallSide = (cm: number): KneeToWallSide => (cm < KNEE_TO_WALL_RESTRICTED_CM ? 'restricted' : 'usual');

/** How far apart the two sides are, to a tenth; null until both are entered. */
export function sidesApart({ left, right }: { left: number | null; right: number | null }): number | null {
  return left === null || right === null ? null : tenth(Math.abs(left - right));
}

/** Whether the two feet differ by more than the test's measurement noise; null until both are entered. */
export function kneeToWallSidesDiffer(kneeToWall: SelfTests['kneeToWall']): boolean | null {
  const apart = sidesApart(kneeToWall);
  return apart === null ? null : apart >= KNEE_TO_WALL_NOISE_CM;
}

/**
 * Average single-leg heel raises by age in Hébert-Losier et al. 2017 (566 adults, on a 10° incline), as clinics
 * citing it report them: `[men, women]`, each one number or the range where two clinics' tables differ.
 */
export const HEEL_RAISE_AVERAGES: Record<AgeBand, [number[], number[]]> = {
  '20-29': [[37], [30]],
  '30-39': [[32], [27]],
  '40-49': [[28], [24]],
  '50-59': [[23], [21]],
  '60-69': [[19], [19]],
  '70-79': [[14, 15], [16, 17]],
  '80+': [[10], [14]],
};

/** An age band from a select's value, or null for "not given" and anything else. */
export const parseAgeBand = (value: string): AgeBand | null => (AGE_BANDS as readonly string[]).includes(value) ? (value as AgeBand) : null;
