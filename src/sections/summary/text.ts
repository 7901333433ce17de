/**
 * The summary a reader brings to the appointment, as plain text: it survives every email client and patient portal,
 * and is short enough to read aloud. It holds only what the reader entered (the signs they ticked or that none fit,
 * each side they measured, the age band they picked), the date, and the clinic the widget books with.
 */
import { signTexts } from '../checklist/words.js';
import {
  ageBandLine,
  heelRaiseDifferenceLine,
  heelRaiseLine,
  kneeToWallDifferenceLine,
  kneeToWallLine,
  notMeasuredText,
  summaryLines,
  summaryTitle,
} from './words.js';
import { ageBandText, formatDate, formatDecimal, formatLength } from '../../i18n/formats.js';
import type { Answers } from '../checklist/scoring.js';
import { fromCentimetres, sidesApart, type LengthUnit, type SelfTests } from '../self-tests/readings.js';

export interface SummaryInput {
  answers: Answers;
  noneFit: boolean;
  selfTests: SelfTests;
  /** The unit the reader measured in. Centimetres are always written, as clinics record them. */
  unit: LengthUnit;
  /** The tag numbers and the date are written with: the language shown, in the reader's region (readerLocale). */
  locale: string;
  date: Date;
  clinicName: string;
  /** An already validated booking URL, or ''. */
  bookingUrl: string;
}

/** The summary's date, written in full the reader's way ("2 December 2026" in Britain, "December 2, 2026" in the US). */
export const summaryDate = formatDate;

/** The summary's lines, joined by newlines; the first line is its title. */
export function buildSummary({ answers, noneFit, selfTests, unit, locale, date, clinicName, bookingUrl }: SummaryInput): string {
  // Written as the screen writes them, so the reader finds the same figures (and the same unit names) on paper.
  const count = (value: number) => formatDecimal(value, locale);
  const centimetres = (cm: number) => formatLength(cm, 'cm', locale);
  const length = (cm: number) => (unit === 'in' ? `${formatLength(fromCentimetres(cm, 'in'), 'in', locale)} (${centimetres(cm)})` : centimetres(cm));
  /** A self-test's line with both sides written out; nothing when neither side was entered. */
  const line = (
    sides: { left: number | null; right: number | null },
    write: (value: number) => string,
    words: (left: string, right: string) => string,
  ) => {
    const side = (value: number | null) => (value === null ? notMeasuredText() : write(value));
    return sides.left === null && sides.right === null ? '' : words(side(sides.left), side(sides.right));
  };

  /** The gap between the sides, once both were measured: what a clinician looks at first. */
  const difference = (sides: { left: number | null; right: number | null }, write: (value: number) => string, words: (gap: string) => string) => {
    const apart = sidesApart(sides);
    return apart === null ? '' : words(write(apart));
  };

  const lines = summaryLines();
  const ticked = signTexts().filter(({ key }) => answers[key] === true);
  const { kneeToWall, heelRaise } = selfTests;
  const ageBand = heelRaise.ageBand && ageBandText(heelRaise.ageBand, locale);
  return [
    summaryTitle(summaryDate(date, locale)),
    ...(ticked.length ? [lines.signs, ...ticked.map(({ label }) => `- ${label}`)] : noneFit ? [lines.noneFit] : []),
    line(kneeToWall, length, kneeToWallLine),
    difference(kneeToWall, length, kneeToWallDifferenceLine),
    line(heelRaise, count, heelRaiseLine),
    difference(heelRaise, count, heelRaiseDifferenceLine),
    ageBand && ageBandLine(ageBand),
    lines.notDiagnosis,
    [clinicName, bookingUrl].filter(Boolean).join(': '),
  ]
    .filter(Boolean)
    .join('\n');
}

/** The summary's first line: the title a share sheet and an email's subject take. */
export const summaryTitleOf = (text: string) => text.split('\n', 1)[0];

/**
 * A mailto: link that opens the reader's own mail app with the summary, for them to send. Lines end in CRLF, as
 * mail does (RFC 6068); every character of subject and body is percent-encoded, so nothing can add a header.
 */
export function mailtoHref(address: string, subject: string, body: string): string {
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`;
}
