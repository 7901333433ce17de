import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ATTRIBUTE_PARSERS, type BookingTarget, type Parsed, type Theme } from './attributes.js';
import { dispatch } from './events.js';
import { LocaleController } from './i18n/locale-controller.js';
import type { LanguageSource } from './i18n/language-source.js';
import { readerLocale } from './i18n/formats.js';
import { declaredLang } from './i18n/page-lang.js';
import { renderCallToBook } from './sections/call-to-book/view.js';
import { normalizeAnswers, noAnswers, scoreChecklist, type Answers, type ChecklistScore, type SignKey } from './sections/checklist/scoring.js';
import { renderChecklist, renderResult, tickedOnScreen } from './sections/checklist/view.js';
import { renderExplainer } from './sections/explainer/view.js';
import { renderLanguagePicker } from './sections/language-picker/view.js';
import { renderSafety } from './sections/safety/view.js';
import { SelfTestsController } from './sections/self-tests/controller.js';
import { copySelfTests, hasMeasurement } from './sections/self-tests/readings.js';
import { renderSelfTests } from './sections/self-tests/view.js';
import { SummaryController } from './sections/summary/controller.js';
import { renderSummary } from './sections/summary/view.js';
import { ColorSchemeController } from './theme/color-scheme.js';
import { PrintController } from './theme/print-controller.js';
import { styles } from './theme/styles.js';
import { hydrating } from './hydration/flag.js';
import { warnAttribute } from './warn.js';
import { disclaimerText, headingText } from './words.js';

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
 * @csspart section - Each explainer section (a disclosure); also `section-why`, `section-research`, `section-whole-story`, and `section-sources`, the studies and guidelines behind the widget, last.
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

  readonly #language: LanguageSource = new LocaleController(this);
  readonly #colorScheme = new ColorSchemeController(this);
  readonly #selfTests = new SelfTestsController(this, () => this.#readerLocale(), () => this.#announceChange());
  readonly #summary = new SummaryController(
    this,
    () => ({
      answers: this.answers,
      noneFit: this.noneFit,
      selfTests: this.#selfTests.results,
      unit: this.#selfTests.unit,
      locale: this.#readerLocale(),
      clinicName: this.clinicName,
      bookingUrl: this.bookingUrl,
    }),
    (write) => this.#language.speak(write),
  );
  /** Shows the reader the element's own content (the snippet's fallback) until the first render replaces it. */
  #fallbackSlot: HTMLSlotElement | null = null;
  #tickedBeforeScript: SignKey[] = [];
  /** The checklist's score and whether the reader has answered, worked out once per update. */
  #score: ChecklistScore = scoreChecklist(noAnswers());
  #answered = false;

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
  }

  /**
   * The tag numbers and dates are written with: the language shown, in the reader's region. A server render has no
   * page or browser to read a region from: the language's usual form there, until the browser renders its own.
   */
  #readerLocale(): string {
    const { locale } = this.#language;
    return this.isConnected ? readerLocale(locale, declaredLang(this), navigator.languages) : locale;
  }

  /** Whether the reader has said anything yet; the result gives no verdict before that. */
  #hasAnswered(score: ChecklistScore): boolean {
    return score.signs > 0 || this.noneFit || hasMeasurement(this.#selfTests.results);
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
      if (!hydrating()) served.replaceChildren();
    }
    const root = super.createRenderRoot();
    if (!root.firstChild) {
      // An empty shadow root would hide the fallback while the widget's words are still on their way.
      this.#fallbackSlot = document.createElement('slot');
      root.append(this.#fallbackSlot);
    }
    return root;
  }

  /** What the reader ticked before the script ran counts as answers from then on. */
  protected override firstUpdated(): void {
    const ticked = this.#tickedBeforeScript.filter((key) => !this.answers[key]);
    this.#tickedBeforeScript = [];
    if (!ticked.length) return;
    this.answers = { ...this.answers, ...Object.fromEntries(ticked.map((key) => [key, true])) };
    this.#announceChange();
  }

  /**
   * Renders only once the language is loaded, so the reader never sees a flash of English; and everything an update
   * writes (the render, the summary, what the controllers prepare) in this widget's own language.
   */
  protected override async scheduleUpdate(): Promise<void> {
    await this.#language.ready;
    await this.#language.speak(() => super.scheduleUpdate());
  }

  protected override update(changed: PropertyValues<this>): void {
    this.#fallbackSlot?.remove();
    this.#fallbackSlot = null;
    super.update(changed);
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
    this.#score = scoreChecklist(this.answers);
    this.#answered = this.#hasAnswered(this.#score);
  }

  /** In this widget's language, also where no update wraps the render (a server render calls it directly). */
  override render() {
    return this.#language.speak(() => this.#renderContainer());
  }

  #renderContainer() {
    const score = this.#score;
    const { locale, dir } = this.#language;
    const reader = this.#readerLocale();
    const headingLevel = Number(this.headingLevel);
    // Each section's title is one level below the widget's, so a reader moving by headings meets them all in order.
    const sectionLevel = Math.min(headingLevel + 1, 6);
    // A region named by its heading, so the widget is in a reader's list of landmarks; the result follows the
    // checklist it answers, where the reader who just ticked a sign still sees it.
    return html`<div
      part="container"
      class="container scheme-${this.#colorScheme.scheme}"
      lang=${locale}
      dir=${dir}
      role="region"
      aria-labelledby="heading"
    >
      <div part="heading" class="heading" id="heading" role="heading" aria-level=${headingLevel}>${headingText()}</div>
      ${renderLanguagePicker(this.#language.offered, locale, this.#onPickLanguage)} ${renderSafety(this.emergencyNumber, sectionLevel)}
      ${renderExplainer()} ${renderChecklist(this.answers, this.noneFit, sectionLevel, this.#onAnswer, this.#onNoneFit)}
      ${renderResult(score, this.noneFit, reader)} ${renderSelfTests(this.#selfTests, reader, sectionLevel)}
      ${this.#answered
        ? renderSummary(
            {
              text: this.#summary.text,
              clinicEmail: this.clinicEmail,
              sectionLevel,
              copyState: this.#summary.copyState,
              shown: this.#summary.shown,
            },
            this.#summary.onAction,
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

  /** Tells the page what the reader has answered so far; copies, so a listener cannot change the widget's state. */
  #announceChange() {
    this.#summary.changed();
    // Handlers run between updates: the answers they just set are scored here, for the event.
    const score = scoreChecklist(this.answers);
    const answered = this.#hasAnswered(score);
    const selfTests = copySelfTests(this.#selfTests.results);
    dispatch(this, 'calf-check-change', { answers: { ...this.answers }, signs: score.signs, band: score.band, answered, selfTests });
  }

  /** The link the reader clicked was rendered from the last update's score. */
  #onBook = (event: MouseEvent) => {
    const { signs, band } = this.#score;
    const href = (event.currentTarget as HTMLAnchorElement).href;
    if (!dispatch(this, 'calf-check-book', { signs, band, href }, true)) event.preventDefault();
  };
}
