/**
 * The events the widget sends, their details, and the one way it sends them: bubbling out of its shadow root, so a
 * listener on the document hears every widget.
 */
import type { Answers, Band } from './sections/checklist/scoring.js';
import type { SelfTests } from './sections/self-tests/readings.js';

export interface CalfCheckChangeDetail {
  answers: Answers;
  signs: number;
  band: Band;
  /** False until the reader ticks a sign, says none fit, or enters a self-test result: until then there is no verdict. */
  answered: boolean;
  /** The home self-tests' results; knee to wall in centimetres, `null` where not entered. */
  selfTests: SelfTests;
}

export interface CalfCheckBookDetail {
  signs: number;
  band: Band;
  href: string;
}

export type SummaryAction = 'copy' | 'print' | 'share' | 'email';

/** Which of the summary's actions the reader used; never what the summary says. */
export interface CalfCheckSummaryDetail {
  action: SummaryAction;
}

interface CalfCheckEvents {
  'calf-check-change': CalfCheckChangeDetail;
  'calf-check-book': CalfCheckBookDetail;
  'calf-check-summary': CalfCheckSummaryDetail;
}

/** Sends one of the widget's events from `host`; false when a listener cancelled a cancelable one. */
export function dispatch<Name extends keyof CalfCheckEvents>(
  host: EventTarget,
  name: Name,
  detail: CalfCheckEvents[Name],
  cancelable = false,
): boolean {
  return host.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable, detail }));
}

declare global {
  interface HTMLElementEventMap {
    'calf-check-change': CustomEvent<CalfCheckChangeDetail>;
    'calf-check-book': CustomEvent<CalfCheckBookDetail>;
    'calf-check-summary': CustomEvent<CalfCheckSummaryDetail>;
  }
}
