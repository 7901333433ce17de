import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ATTRIBUTE_PARSERS, type BookingTarget, type Parsed, type Theme } from './attributes.js';
import { ColorSchemeController } from './color-scheme.js';
import { disclaimerText, headingText } from './content.js';
import { LocaleController } from './locale-controller.js';
import { PrintController } from './print-controller.js';
import { normalizeAnswers, noAnswers, scoreChecklist, type Answers, type Band, type SignKey } from './scoring.js';
import { copySelfTests, hasMeasurement, noSelfTests, type SelfTests } from './self-tests.js';
import { styles } from './styles.js';
import { renderCallToBook } from './views/call-to-book.js';
import { renderChecklist, renderResult, tickedOnScreen } from './views/checklist.js';
import { renderExplainer } from './views/explainer.js';
import { renderLanguagePicker } from './views/language-picker.js';
import { renderSafety } from './views/safety.js';
import { SelfTestsView } from './views/self-tests.js';
import { copySummary, renderSummary, type CopyState, type SummaryAction } from './views/summary.js';
import { buildSummary, summaryTitleOf } from './summary.js';
import { warnAttribute } from './warn.js';

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

/** Which of the summary's actions the reader used; never what the summary says. */
export interface CalfCheckSummaryDetail {
  action: SummaryAction;
}

export type { Theme } from './attributes.js';
export type { SummaryAction } from './views/summary.js';

/** Every event the widget sends bubbles out of its shadow root, so a listener on the document hears it. */
const bubbling = <Detail>(detail: Detail, cancelable = false): CustomEventInit<Detail> => ({
  bubbles: true,
  composed: true,
  cancelable,
  detail,
});

/**
 * "Is it your calves?": a short explainer, a checklist of the four signs and a call to book.
 *
 * @summary Explains how calves and ankles can add load to the lower back, checks four signs, invites a booking.
 *
 * @fires {CustomEvent<CalfCheckChangeDetail>} calf-check-change - On every answer. `detail: { answers: { stiffAnkles, earlyHeelLift, standingOrStairs, calfTightness }, signs: 0–4, band: 'none' | 'some' | 'most', answered, selfTests: { kneeToWall: { left, right }, heelRaise: { left, right, ageBand } } }`; `answered` is false until the reader ticks a sign, says none fit or enters a self-test result; knee to wall is in centimetres, `null` where not entered.
 * @fires {CustomEvent<CalfCheckSummaryDetail>} calf-check-summary - When the reader copies, prints, shares or emails their summary. `detail: { action: 'copy' | 'print' | 'share' | 'email' }`, and nothing of what the summary says.
 * @fires {CustomEvent<CalfCheckBookDetail>} calf-check-book - When the booking or phone link is activated; **cancelable**: `preventDefault()` stops the navigation, e.g. to open the clinic's own booking popup. `detail: { signs, band, href }`.
 *
 * @attr lang - The standard HTML attribute: the language to show, else the page's; see [Languages](#languages).
 *
 * @slot logo - The clinic's logo, shown in the call to book.
 * @slot note - A short text of the clinic's own, shown in the call to book.
 *
 * @csspart container - The widget's outer box; carries the rendered language's `lang` and `dir`.
 * @csspart language-picker - The language picker shown when `languages` names two or more languages.
 * @csspart heading - The main heading; its accent mark is `::part(heading)::before`.
 * @csspart subheading - The checklist's heading.
 * @csspart explainer - The explainer: introduction, picture and sections.
 * @csspart section - Each explainer section (a disclosure); also `section-why`, `section-research`, `section-whole-story`.
 * @csspart toggle - Each disclosure's toggle (its `<summary>`), in the explainer and the urgent-care box.
 * @csspart illustration - The side-view body picture: a stiff ankle lifts the heel early and loads the lower back.
 * @csspart illustration-load - The picture's highlighted "extra load" arrow, from the ankle up to the lower back.
 * @csspart joint-back - The picture's lower-back joint; also `joint-hip`, `joint-knee` and `joint-ankle` (the stiff one).
 * @csspart checklist - The group of four signs and the "None of these fit me" choice.
 * @csspart item - One sign: its checkbox, label and hint.
 * @csspart checkbox - The checkbox of a sign, drawn by the widget so it follows the theme.
 * @csspart none-fit - The "None of these fit me" choice under the signs: choosing it unticks them, ticking a sign clears it.
 * @csspart self-tests - The two home self-tests: heading, introduction and both tests.
 * @csspart self-test - Each self-test (a disclosure): its steps, picture, safety line, entries and reading.
 * @csspart result - The live result: an invitation to start until the reader answers; then also `result-some` or `result-most` (1–2 or 3–4 signs), or `result-none` once the reader said none fit.
 * @csspart summary - The summary to bring to the appointment: its text and the buttons to copy, print or share it.
 * @csspart email - The link that opens the reader's mail app with the summary, when `clinic-email` is set.
 * @csspart cta - The call to book.
 * @csspart book - The booking link.
 * @csspart phone - The phone link.
 * @csspart safety - The urgent-care box, first after the heading: every emergency sign, the same-day ones behind one toggle.
 * @csspart disclaimer - The "education, not a diagnosis" line.
 *
 * @cssprop [--calf-check-accent=#0b6b66] - Brand colour, for graphics only (never text): booking button, ticked checkboxes, heading mark, result bar, picture's load arrow, focus ring. Needs 3:1 against the background; text on it uses `--calf-check-accent-contrast`. Dark: `#5ccfc4`.
 * @cssprop [--calf-check-accent-contrast=#fff] - Text and tick on the accent colour (keep the text 4.5:1 on the accent). Dark: `#0b1f1d`.
 * @cssprop [--calf-check-accent-dark=#5ccfc4] - Brand colour in the dark palette (`theme="dark"`, and `auto` when dark), where it wins over `--calf-check-accent`; without it the dark palette takes `--calf-check-accent`, else its own default. Needs 3:1 against the dark background.
 * @cssprop [--calf-check-accent-contrast-dark=#0b1f1d] - Text and tick on `--calf-check-accent-dark` (keep the text 4.5:1 on it); without it, `--calf-check-accent-contrast`, else this default.
 * @cssprop [--calf-check-bg=#fff] - Background; `transparent` shows the page behind. Dark: `#161b1f`.
 * @cssprop [--calf-check-fg=#1f2428] - Text colour. Dark: `#e6ebef`.
 * @cssprop [--calf-check-muted=#4a5560] - Secondary text and the checkbox outline (keep it 4.5:1 on the background). Dark: `#a7b3bd`.
 * @cssprop [--calf-check-border=#c5ced6] - Decorative borders of the box, sections and signs. Dark: `#46525c`.
 * @cssprop [--calf-check-radius=12px] - Corner radius.
 * @cssprop [--calf-check-font=inherit] - Font family; the page's font by default, so the widget blends into a post.
 * @cssprop [--calf-check-font-size=1em] - Base font size; the page's size by default.
 * @cssprop [--calf-check-line-height=1.5] - Line height of the widget's text, a number: set your post's (e.g. `1.7`) so the widget reads like the text around it.
 * @cssprop [--calf-check-space=1rem] - Base spacing.
 * @cssprop [--calf-check-focus-ring=3px solid var(--calf-check-accent)] - Keyboard focus outline (`outline` shorthand).
 * @cssprop [--calf-check-max-width=42rem] - Widest the widget grows.
 */
export class CalfCheck extends LitElement {
  static override styles = styles;

  // Declared without decorators, which would ship TypeScript's decorator helpers and Lit's decorators (0.6 KB gzip).
  // The fields below are `declare`d (types and JSDoc only): a real class field would shadow the accessors Lit defines
  // from this list. Their defaults are set in the constructor, where the manifest's analyzer also reads them.
  static override properties: PropertyDeclarations = {
    bookingUrl: { attribute: 'booking-url' },
    phone: {},
    emergencyNumber: { attribute: 'emergency-number' },
    clinicName: { attribute: 'clinic-name' },
    clinicEmail: { attribute: 'clinic-email' },
    bookingTarget: { attribute: 'booking-target' },
    shareResult: { attribute: 'share-result', converter: { fromAttribute: (value) => value ?? false } },
    headingLevel: { attribute: 'heading-level' },
    theme: { reflect: true },
    languages: {},
    answers: { attribute: false },
    noneFit: { state: true, attribute: false },
    selfTests: { state: true, attribute: false },
    copyState: { state: true, attribute: false },
  };

  /** Where "Book" goes: an absolute `https:`, `http:`, `tel:` or `mailto:` URL. Anything else (`javascript:`, `data:`, relative or protocol-relative) shows no link and logs a `console.warn`. */
  declare bookingUrl: string;

  /** Phone number as it should be shown; rendered as a `tel:` link. */
  declare phone: string;

  /**
   * The local emergency number, 2 to 6 digits (`999`, `911`, `112`, `000`, `15`, `1669`): the urgent-care box then
   * says to call it, as a `tel:` link. Unset, or anything else (with a `console.warn`), it says "your local emergency
   * number".
   */
  declare emergencyNumber: string;

  /** Clinic name, shown in the call to book, always as plain text (max 120 characters). */
  declare clinicName: string;

  /**
   * The clinic's email address: when set, the reader's summary offers "Email it to the clinic", a `mailto:` link that
   * opens the reader's own mail app with the summary in the body, for them to send. One plain address; a scheme,
   * spaces, `?`, `&` or a second address are refused with a `console.warn`.
   */
  declare clinicEmail: string;

  /** `_blank` opens the booking page in a new tab (`rel="noopener"`); `_self` in the same tab. */
  declare bookingTarget: BookingTarget;

  /**
   * When on, `calf_check_signs` and `calf_check_band` are added to the booking URL (a hash deep link is kept). Off:
   * nothing about the reader leaves the page. Fails closed: only `share-result`, `share-result="true"` (or `true` from
   * JavaScript) turn it on; `"false"` is off, and anything else is off with a warning.
   */
  declare shareResult: boolean | string;

  /** Level (1–6, one digit) of the widget's main heading, to fit the host page's outline. */
  declare headingLevel: number | string;

  /** `light`, `dark`, or `auto`: follows the page's own `color-scheme` when it sets one (a site's dark-mode switch), else the reader's system (`prefers-color-scheme`), live. Reflected to the attribute. See [Theming](#theming). */
  declare theme: Theme;

  /**
   * Space-separated languages to offer in a small picker, e.g. `"en fr"` for a bilingual clinic. Tags we don't ship
   * are ignored with a `console.warn`. The language itself comes from `lang` on the element, an ancestor or `<html>`,
   * else the browser.
   */
  declare languages: string;

  /** The reader's answers `{ stiffAnkles, earlyHeelLift, standingOrStairs, calfTightness }`, all `false` at first; in memory only. */
  declare answers: Answers;

  /** The reader said none of the four signs fit them: an answer, unlike an untouched checklist. */
  declare private noneFit: boolean;

  /** What the reader measured in the home self-tests. */
  declare private selfTests: SelfTests;

  /** What the reader's last copy of the summary did, for the live region. */
  declare private copyState: CopyState;

  readonly #language = new LocaleController(this);
  readonly #colorScheme = new ColorSchemeController(this);
  #tickedBeforeScript: SignKey[] = [];

  readonly #selfTestsView = new SelfTestsView(this, (selfTests) => {
    this.selfTests = selfTests;
    this.#announceChange();
  });

  constructor() {
    super();
    new PrintController(this);
    this.bookingUrl = '';
    this.phone = '';
    this.emergencyNumber = '';
    this.clinicName = '';
    this.clinicEmail = '';
    this.bookingTarget = '_blank';
    this.shareResult = false;
    this.headingLevel = 2;
    this.theme = 'light';
    this.languages = '';
    this.answers = noAnswers();
    this.noneFit = false;
    this.selfTests = noSelfTests();
    this.copyState = '';
  }

  /** Whether the reader has said anything yet; the result gives no verdict before that. */
  get #answered(): boolean {
    return scoreChecklist(this.answers).signs > 0 || this.noneFit || hasMeasurement(this.selfTests);
  }

  /**
   * A server-rendered widget (calf-check/ssr) arrives with its shadow root. Hydration (calf-check/hydrate) takes
   * those nodes over; without it the browser keeps them, and the widget would draw itself a second time beside them,
   * so they go. Either way, boxes the reader ticked before the script ran are remembered (see firstUpdated).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const served = this.shadowRoot;
    if (served) {
      this.#tickedBeforeScript = tickedOnScreen(served);
      if (!('litElementHydrateSupport' in globalThis)) served.replaceChildren();
    }
    return super.createRenderRoot();
  }

  /** What the reader ticked before the script ran counts as answers from then on. */
  protected override firstUpdated(): void {
    const ticked = this.#tickedBeforeScript.filter((key) => !this.answers[key]);
    this.#tickedBeforeScript = [];
    if (!ticked.length) return;
    this.answers = { ...this.answers, ...Object.fromEntries(ticked.map((key) => [key, true])) };
    this.#announceChange();
  }

  /** Renders only once the language is loaded, so the reader never sees a flash of English. */
  protected override async scheduleUpdate(): Promise<void> {
    await this.#language.ready;
    await super.scheduleUpdate();
  }

  /**
   * Every attribute goes through its parser, and what the parser accepts is written back to the property: a page
   * reading a property gets what the widget shows.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    for (const [property, { attribute, parse }] of Object.entries(ATTRIBUTE_PARSERS)) {
      const key = property as keyof typeof ATTRIBUTE_PARSERS;
      if (!changed.has(key)) continue;
      const raw: unknown = this[key];
      const { value, expected, refused } = parse(raw) as Parsed<unknown>;
      if (expected) warnAttribute(attribute, refused ?? raw, expected);
      if (value !== raw) (this as Record<typeof key, unknown>)[key] = value;
    }
    if (changed.has('languages')) this.#language.offer(this.languages);
    if (changed.has('answers')) {
      const answers = normalizeAnswers(this.answers);
      if (!answers) warnAttribute('answers', this.answers, 'an object of booleans');
      this.answers = answers ?? noAnswers();
      // A sign set from JavaScript is an answer too, and "none of these fit" no longer holds.
      if (scoreChecklist(this.answers).signs) this.noneFit = false;
    }
  }

  override render() {
    const score = scoreChecklist(this.answers);
    const { locale, dir } = this.#language;
    return html`<div part="container" class="container scheme-${this.#colorScheme.scheme}" lang=${locale} dir=${dir}>
      <div part="heading" class="heading" role="heading" aria-level=${this.headingLevel}>${headingText()}</div>
      ${renderLanguagePicker(this.#language.offered, locale, this.#onPickLanguage)} ${renderSafety(this.emergencyNumber)}
      ${renderExplainer()} ${renderChecklist(this.answers, this.noneFit, this.#onAnswer, this.#onNoneFit)}
      ${this.#selfTestsView.render(this.selfTests, locale, Number(this.headingLevel))}
      ${renderResult(score, this.#answered, this.noneFit, locale)}
      ${this.#answered
        ? renderSummary(
            { text: this.#summary(), clinicEmail: this.clinicEmail, headingLevel: Number(this.headingLevel), copyState: this.copyState },
            this.#onSummaryAction,
          )
        : nothing}
      ${renderCallToBook(
        {
          bookingUrl: this.bookingUrl,
          phone: this.phone,
          clinicName: this.clinicName,
          bookingTarget: this.bookingTarget,
          shareResult: this.shareResult === true,
        },
        score,
        this.#onBook,
      )}
      <p part="disclaimer" class="disclaimer">${disclaimerText(this.shareResult === true)}</p>
    </div>`;
  }

  #onPickLanguage = (event: Event) => {
    this.#language.pick((event.target as HTMLSelectElement).value);
  };

  #onAnswer = (event: Event) => {
    const input = event.target as HTMLInputElement;
    this.answers = { ...this.answers, [input.name]: input.checked };
    if (input.checked) this.noneFit = false;
    this.#announceChange();
  };

  #onNoneFit = (event: Event) => {
    this.noneFit = (event.target as HTMLInputElement).checked;
    if (this.noneFit) this.answers = noAnswers();
    this.#announceChange();
  };

  /** The summary of what the reader entered, dated now, in the language shown. */
  #summary(): string {
    return buildSummary({
      answers: this.answers,
      noneFit: this.noneFit,
      selfTests: this.selfTests,
      unit: this.#selfTestsView.unit,
      locale: this.#language.locale,
      date: new Date(),
      clinicName: this.clinicName,
      bookingUrl: this.bookingUrl,
    });
  }

  #onSummaryAction = (event: Event) => {
    const control = event.currentTarget as HTMLElement;
    const action = control.dataset.action as SummaryAction;
    this.dispatchEvent(new CustomEvent<CalfCheckSummaryDetail>('calf-check-summary', bubbling({ action })));
    const text = this.#summary();
    if (action === 'print') window.print();
    if (action === 'share') navigator.share({ title: summaryTitleOf(text), text }).catch(() => {});
    if (action === 'copy') void copySummary(text, control.closest('section')!.querySelector('pre')!).then((state) => (this.copyState = state));
  };

  /** Tells the page what the reader has answered so far; copies, so a listener cannot change the widget's state. */
  #announceChange() {
    // The summary just changed: an earlier "copied" no longer holds.
    this.copyState = '';
    const { signs, band } = scoreChecklist(this.answers);
    const answered = this.#answered;
    const selfTests = copySelfTests(this.selfTests);
    const detail = { answers: { ...this.answers }, signs, band, answered, selfTests };
    this.dispatchEvent(new CustomEvent<CalfCheckChangeDetail>('calf-check-change', bubbling(detail)));
  }

  #onBook = (event: MouseEvent) => {
    const { signs, band } = scoreChecklist(this.answers);
    const href = (event.currentTarget as HTMLAnchorElement).href;
    const book = new CustomEvent<CalfCheckBookDetail>('calf-check-book', bubbling({ signs, band, href }, true));
    if (!this.dispatchEvent(book)) event.preventDefault();
  };
}

// A page may load the module twice (two embeds, or a CMS that repeats scripts): the first copy wins.
if (!customElements.get('calf-check')) customElements.define('calf-check', CalfCheck);

declare global {
  interface HTMLElementTagNameMap {
    'calf-check': CalfCheck;
  }
  interface HTMLElementEventMap {
    'calf-check-change': CustomEvent<CalfCheckChangeDetail>;
    'calf-check-book': CustomEvent<CalfCheckBookDetail>;
    'calf-check-summary': CustomEvent<CalfCheckSummaryDetail>;
  }
}
