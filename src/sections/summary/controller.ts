import type { ReactiveControllerHost } from 'lit';
import { createRef } from 'lit/directives/ref.js';
import { dispatch, type SummaryAction } from '../../events.js';
import { buildSummary, summaryTitleOf, type SummaryInput } from './text.js';

type Host = ReactiveControllerHost & HTMLElement;

/** How long the copy status stays empty before the same words come back. */
const ANNOUNCE_AGAIN_MS = 150;

/** What the last copy did: nothing yet, copied, or the text is selected for the reader to copy themself. */
export type CopyState = '' | 'copied' | 'pressCopy';

/**
 * The summary a reader brings to the appointment: its text, written once per change of what it says (and once a day,
 * for its date), and what its Copy, Print, Share and Email controls do. The page hears which action was used, never
 * what the summary says.
 */
export class SummaryController {
  readonly #host: Host;
  readonly #input: () => Omit<SummaryInput, 'date'>;
  readonly #speak: <T>(write: () => T) => T;
  /** The summary on screen, which Copy selects where the clipboard is refused. */
  readonly shown = createRef<HTMLElement>();
  #copyState: CopyState = '';
  #text = '';
  #written = '';

  /** `speak` writes the text in the widget's own language, also when a click (not an update) asks for it. */
  constructor(host: Host, input: () => Omit<SummaryInput, 'date'>, speak: <T>(write: () => T) => T) {
    this.#host = host;
    this.#input = input;
    this.#speak = speak;
  }

  /** The summary as plain text; its first line is the title. */
  get text(): string {
    const input = { ...this.#input(), date: new Date() };
    const key = JSON.stringify({ ...input, date: input.date.toDateString() });
    if (key !== this.#written) {
      this.#written = key;
      this.#text = this.#speak(() => buildSummary(input));
    }
    return this.#text;
  }

  get copyState(): CopyState {
    return this.#copyState;
  }

  /** The reader changed an answer: an earlier "copied" no longer holds. */
  changed(): void {
    this.#copyState = '';
  }

  /** Each control names its action in `data-action`. */
  onAction = (event: Event) => {
    const control = event.currentTarget as HTMLElement;
    const action = control.dataset.action as SummaryAction;
    dispatch(this.#host, 'calf-check-summary', { action });
    const text = this.text;
    if (action === 'print') window.print();
    if (action === 'share') navigator.share({ title: summaryTitleOf(text), text }).catch(() => {});
    if (action === 'copy') void this.#copy(text);
  };

  /**
   * Copies the summary to the clipboard where the browser lets the page. Where it has no clipboard API (a plain http:
   * page) or refuses, the text on screen is selected instead, for the reader's own Ctrl+C.
   */
  async #copy(text: string) {
    let state: CopyState;
    try {
      await navigator.clipboard.writeText(text);
      state = 'copied';
    } catch {
      if (this.shown.value) getSelection()?.selectAllChildren(this.shown.value);
      state = 'pressCopy';
    }
    // A live region says nothing when its words stay the same: a second copy empties it first, for long enough that
    // the browser tells assistive technology of both changes, so the reader hears the confirmation again.
    if (this.#copyState) {
      this.#copyState = '';
      this.#host.requestUpdate();
      await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_AGAIN_MS));
    }
    this.#copyState = state;
    this.#host.requestUpdate();
  }
}
