import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import {
  bookLabel,
  callLabel,
  checklistText,
  ctaText,
  disclaimerText,
  explainerSections,
  headingText,
  languagePickerLabel,
  leadText,
  newTabText,
  noBookingText,
  resultText,
  safetyText,
  signTexts,
  signsCountText,
  type Block,
} from './content.js';
import { illustration } from './illustration.js';
import { languageName } from './language-names.js';
import { CLINIC_NAME_MAX, THEMES, asText, parseHeadingLevel, parseShareResult, type Theme } from './options.js';
import {
  LOCALES,
  activeLocale,
  declaredLang,
  isRightToLeft,
  matchLocale,
  onLangChange,
  releaseLocale,
  requestLocale,
  resolveLocale,
  type Locale,
} from './localization.js';
import { safeBookingUrl, telHref, withResultParams } from './safe-url.js';
import { SIGN_KEYS, normalizeAnswers, noAnswers, scoreChecklist, type Answers, type Band } from './scoring.js';
import { styles } from './styles.js';
import { warnAttribute } from './warn.js';

export interface CalfCheckChangeDetail {
  answers: Answers;
  signs: number;
  band: Band;
}

export interface CalfCheckBookDetail {
  signs: number;
  band: Band;
  href: string;
}

export type { Theme } from './options.js';

/**
 * "Is it your calves?": a short explainer, a checklist of the four signs and a call to book.
 *
 * @summary Explains how calves and ankles can add load to the lower back, checks four signs, invites a booking.
 *
 * @fires {CustomEvent<CalfCheckChangeDetail>} calf-check-change - On every answer. `detail: { answers: { stiffAnkles, earlyHeelLift, standingOrStairs, calfTightness }, signs: 0–4, band: 'none' | 'some' | 'most' }`.
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
 * @csspart toggle - Each disclosure's toggle (its `<summary>`), in the explainer and the safety note.
 * @csspart illustration - The picture of the chain calf → lower back.
 * @csspart illustration-load - The picture's highlighted "extra load" arrow.
 * @csspart joint-back - The picture's lower-back joint; also `joint-hip`, `joint-knee` and `joint-ankle` (the stiff one).
 * @csspart checklist - The group of four signs.
 * @csspart item - One sign: its checkbox, label and hint.
 * @csspart checkbox - The checkbox of a sign, drawn by the widget so it follows the theme.
 * @csspart result - The live result; also `result-none`, `result-some` or `result-most`.
 * @csspart cta - The call to book.
 * @csspart book - The booking link.
 * @csspart phone - The phone link.
 * @csspart safety - The urgent-care note.
 * @csspart disclaimer - The "education, not a diagnosis" line.
 *
 * @cssprop [--calf-check-accent=#0b6b66] - Brand colour, for graphics only (never text): booking button, ticked checkboxes, heading mark, result bar, picture's load arrow, focus ring. Needs 3:1 against the background; text on it uses `--calf-check-accent-contrast`. Dark: `#5ccfc4`.
 * @cssprop [--calf-check-accent-contrast=#fff] - Text and tick on the accent colour (keep the text 4.5:1 on the accent). Dark: `#0b1f1d`.
 * @cssprop [--calf-check-bg=#fff] - Background; `transparent` shows the page behind. Dark: `#161b1f`.
 * @cssprop [--calf-check-fg=#1f2428] - Text colour. Dark: `#e6ebef`.
 * @cssprop [--calf-check-muted=#4a5560] - Secondary text and the checkbox outline (keep it 4.5:1 on the background). Dark: `#a7b3bd`.
 * @cssprop [--calf-check-border=#c5ced6] - Decorative borders of the box, sections and signs. Dark: `#46525c`.
 * @cssprop [--calf-check-radius=12px] - Corner radius.
 * @cssprop [--calf-check-font=inherit] - Font family; the page's font by default, so the widget blends into a post.
 * @cssprop [--calf-check-font-size=1em] - Base font size; the page's size by default.
 * @cssprop [--calf-check-space=1rem] - Base spacing.
 * @cssprop [--calf-check-focus-ring=3px solid accent] - Keyboard focus outline (`outline` shorthand).
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
    clinicName: { attribute: 'clinic-name' },
    bookingTarget: { attribute: 'booking-target' },
    shareResult: { attribute: 'share-result', converter: { fromAttribute: (value) => value ?? false } },
    headingLevel: { attribute: 'heading-level' },
    theme: { reflect: true },
    languages: {},
    answers: { attribute: false },
  };

  /** Where "Book" goes: an absolute `https:`, `http:`, `tel:` or `mailto:` URL. Anything else (`javascript:`, `data:`, relative or protocol-relative) shows no link and logs a `console.warn`. */
  declare bookingUrl: string;

  /** Phone number as it should be shown; rendered as a `tel:` link. */
  declare phone: string;

  /** Clinic name, shown in the call to book, always as plain text (max 120 characters). */
  declare clinicName: string;

  /** `_blank` opens the booking page in a new tab (`rel="noopener"`); `_self` in the same tab. */
  declare bookingTarget: '_blank' | '_self';

  /**
   * When on, `calf_check_signs` and `calf_check_band` are added to the booking URL (a hash deep link is kept). Off:
   * nothing about the reader leaves the page. Fails closed: only `share-result`, `share-result="true"` (or `true` from
   * JavaScript) turn it on; `"false"` is off, and anything else is off with a warning.
   */
  declare shareResult: boolean | string;

  /** Level (1–6, one digit) of the widget's main heading, to fit the host page's outline. */
  declare headingLevel: number | string;

  /** `light`, `dark`, or `auto` (follows the reader's system, `prefers-color-scheme`). Reflected to the attribute, which the styles key on. See [Theming](#theming). */
  declare theme: Theme;

  /**
   * Space-separated languages to offer in a small picker, e.g. `"en fr"` for a bilingual clinic. Tags we don't ship
   * are ignored with a `console.warn`. The language itself comes from `lang` on the element, an ancestor or `<html>`,
   * else the browser.
   */
  declare languages: string;

  /** The reader's answers `{ stiffAnkles, earlyHeelLift, standingOrStairs, calfTightness }`, all `false` at first; in memory only. */
  declare answers: Answers;

  #bookingHref: string | null = null;
  #telHref: string | null = null;
  #target: '_blank' | '_self' = '_blank';
  #level = 2;
  /** The picker's languages with their names, named once per `languages` value rather than on every render. */
  #offered: { locale: Locale; name: string }[] = [];
  /** The reader's choice in the picker; it outranks what the page declares. */
  #picked: Locale | null = null;
  #wanted: Locale | null = null;
  #warnedLang = '';
  #localeLoaded: Promise<void> = Promise.resolve();
  #stopWatchingLang: (() => void) | null = null;

  constructor() {
    super();
    // Re-render when a language finishes loading.
    updateWhenLocaleChanges(this);
    this.bookingUrl = '';
    this.phone = '';
    this.clinicName = '';
    this.bookingTarget = '_blank';
    this.shareResult = false;
    this.headingLevel = 2;
    this.theme = 'light';
    this.languages = '';
    this.answers = noAnswers();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopWatchingLang = onLangChange(this, () => this.#chooseLocale());
    this.#chooseLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatchingLang?.();
    this.#wanted = null;
    releaseLocale(this);
  }

  /** Renders only once the language is loaded, so the reader never sees a flash of English. */
  protected override async scheduleUpdate(): Promise<void> {
    await this.#localeLoaded;
    await super.scheduleUpdate();
  }

  #chooseLocale() {
    let locale = this.#picked;
    if (!locale) {
      const lang = declaredLang(this);
      const resolution = resolveLocale(lang ? [lang] : navigator.languages);
      if (lang && resolution.unsupported.length && lang !== this.#warnedLang) {
        this.#warnedLang = lang;
        warnAttribute('lang', lang, `one of ${LOCALES.join(', ')} (showing English)`);
      }
      locale = resolution.locale;
    }
    if (locale === this.#wanted) return;
    this.#wanted = locale;
    this.#localeLoaded = requestLocale(this, locale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('answers')) {
      const answers = normalizeAnswers(this.answers);
      if (!answers) warnAttribute('answers', this.answers, 'an object of booleans');
      this.answers = answers ?? noAnswers();
    }
    if (changed.has('bookingUrl')) {
      this.#bookingHref = safeBookingUrl(asText(this.bookingUrl));
      if (!this.#bookingHref && asText(this.bookingUrl).trim()) {
        warnAttribute('booking-url', this.bookingUrl, 'an absolute https:, http:, tel: or mailto: URL');
      }
    }
    if (changed.has('phone')) {
      this.#telHref = telHref(asText(this.phone));
      if (!this.#telHref && asText(this.phone).trim()) {
        warnAttribute('phone', this.phone, 'a phone number of 3 to 20 digits, optionally starting with +');
      }
    }
    if (changed.has('bookingTarget')) {
      const target = asText(this.bookingTarget).trim().toLowerCase() || '_blank';
      this.#target = target === '_self' ? '_self' : '_blank';
      if (target !== this.#target) warnAttribute('booking-target', this.bookingTarget, '"_blank" or "_self"');
    }
    if (changed.has('headingLevel')) {
      const level = parseHeadingLevel(this.headingLevel);
      this.#level = level ?? 2;
      if (!level && asText(this.headingLevel).trim()) {
        warnAttribute('heading-level', this.headingLevel, 'a whole number from 1 to 6');
      }
    }
    if (changed.has('theme')) {
      const theme = asText(this.theme).trim().toLowerCase() || 'light';
      const valid = (THEMES as readonly string[]).includes(theme) ? (theme as Theme) : 'light';
      if (valid !== theme) warnAttribute('theme', this.theme, '"light", "dark" or "auto"');
      if (valid !== this.theme) this.theme = valid;
    }
    if (changed.has('shareResult') && typeof this.shareResult !== 'boolean') {
      const on = parseShareResult(this.shareResult);
      if (on === undefined) warnAttribute('share-result', this.shareResult, 'no value or "true" to share, "false" not to');
      this.shareResult = on ?? false;
    }
    if (changed.has('languages')) this.#offerLanguages();
    if (changed.has('clinicName') && asText(this.clinicName).length > CLINIC_NAME_MAX) {
      warnAttribute('clinic-name', this.clinicName, `at most ${CLINIC_NAME_MAX} characters; the rest is cut`);
    }
  }

  #offerLanguages() {
    const offered = new Set<Locale>();
    const refused: string[] = [];
    for (const tag of asText(this.languages).split(/[\s,]+/).filter(Boolean)) {
      const locale = matchLocale(tag);
      if (locale) offered.add(locale);
      else refused.push(tag);
    }
    // One warning for the whole value, however many tags it refuses.
    if (refused.length) warnAttribute('languages', refused.join(' '), `language tags from: ${LOCALES.join(' ')}`);
    this.#offered = [...offered].map((locale) => ({ locale, name: languageName(locale) }));
    if (this.#picked && !offered.has(this.#picked)) {
      this.#picked = null;
      if (this.isConnected) this.#chooseLocale();
    }
  }

  override render() {
    const { signs, band } = scoreChecklist(this.answers);
    const checklist = checklistText();
    const locale = activeLocale();
    return html`<div part="container" lang=${locale} dir=${isRightToLeft(locale) ? 'rtl' : 'ltr'}>
      <div part="heading" class="heading" role="heading" aria-level=${this.#level}>${headingText()}</div>
      ${this.#renderLanguagePicker(locale)}
      <section part="explainer">
        <div class="intro">
          <p class="lead">${leadText()}</p>
          ${illustration()}
        </div>
        ${explainerSections().map(
          (section) =>
            html`<details part="section section-${section.key}">
              <summary part="toggle">${section.title}</summary>
              <div class="section-body">${section.blocks.map(renderBlock)}</div>
            </details>`,
        )}
      </section>
      <fieldset part="checklist" aria-describedby="checklist-hint">
        <legend part="subheading">${checklist.legend}</legend>
        <p id="checklist-hint" class="muted">${checklist.hint}</p>
        ${signTexts().map(
          // The <label> keeps the whole row clickable; aria-labelledby narrows the name to the sign, so the hint is
          // read once, as the description, not twice.
          ({ key, label, hint }) =>
            html`<label part="item">
              <input
                part="checkbox"
                type="checkbox"
                name=${key}
                .checked=${this.answers[key]}
                aria-labelledby="label-${key}"
                aria-describedby="hint-${key}"
                @change=${this.#onAnswer}
              />
              <span class="item-label" id="label-${key}">${label}</span>
              <span class="item-hint muted" id="hint-${key}">${hint}</span>
            </label>`,
        )}
      </fieldset>
      <div part="result result-${band}" role="status" aria-live="polite" aria-atomic="true">
        <p class="count">${signsCountText(signs, SIGN_KEYS.length, locale)}</p>
        <p>${resultText(band)}</p>
      </div>
      ${this.#renderSafety()} ${this.#renderCta(signs, band)}
      <p part="disclaimer">${disclaimerText(this.shareResult === true)}</p>
    </div>`;
  }

  #renderLanguagePicker(current: Locale) {
    if (this.#offered.length < 2) return nothing;
    return html`<label part="language-picker" class="language-picker">
      <span>${languagePickerLabel()}</span>
      <select @change=${this.#onPickLanguage}>
        ${this.#offered.map(
          ({ locale, name }) => html`<option value=${locale} lang=${locale} .selected=${locale === current}>${name}</option>`,
        )}
      </select>
    </label>`;
  }

  #onPickLanguage(event: Event) {
    this.#picked = (event.target as HTMLSelectElement).value as Locale;
    this.#chooseLocale();
  }

  #renderCta(signs: number, band: Band) {
    const clinic = asText(this.clinicName).trim().slice(0, CLINIC_NAME_MAX);
    const phone = this.#telHref ? asText(this.phone).trim() : '';
    let href = this.#bookingHref;
    if (href && this.shareResult === true) href = withResultParams(href, { signs, band });
    // tel: and mailto: hand over to another app; only a web page can open in a new tab.
    const newTab = !!href && /^https?:/.test(href) && this.#target === '_blank';
    return html`<div part="cta">
      <slot name="logo"></slot>
      <p>${ctaText(band)}</p>
      <slot name="note"></slot>
      ${href
        ? html`<a
            part="book"
            href=${href}
            target=${newTab ? '_blank' : nothing}
            rel=${newTab ? 'noopener' : nothing}
            @click=${this.#onBook}
            ><bdi>${bookLabel(clinic)}</bdi>${newTab
              ? html`<span class="visually-hidden"> ${newTabText()}</span>`
              : nothing}</a
          >`
        : nothing}
      ${phone
        ? html`<a part="phone" href=${this.#telHref!} @click=${this.#onBook}><bdi>${callLabel(phone)}</bdi></a>`
        : nothing}
      ${!href && !phone ? html`<p><bdi>${noBookingText(clinic)}</bdi></p>` : nothing}
    </div>`;
  }

  #renderSafety() {
    const t = safetyText();
    return html`<details part="safety">
      <summary part="toggle">${t.summary}</summary>
      <p>${t.emergencyIntro}</p>
      ${renderBlock(t.emergency)}
      <p>${t.urgentIntro}</p>
      ${renderBlock(t.urgent)}
    </details>`;
  }

  #onAnswer(event: Event) {
    const input = event.target as HTMLInputElement;
    this.answers = { ...this.answers, [input.name]: input.checked };
    const { signs, band } = scoreChecklist(this.answers);
    this.dispatchEvent(
      new CustomEvent<CalfCheckChangeDetail>('calf-check-change', {
        bubbles: true,
        composed: true,
        detail: { answers: { ...this.answers }, signs, band },
      }),
    );
  }

  #onBook(event: MouseEvent) {
    const { signs, band } = scoreChecklist(this.answers);
    const href = (event.currentTarget as HTMLAnchorElement).href;
    const proceed = this.dispatchEvent(
      new CustomEvent<CalfCheckBookDetail>('calf-check-book', {
        bubbles: true,
        composed: true,
        cancelable: true,
        detail: { signs, band, href },
      }),
    );
    if (!proceed) event.preventDefault();
  }
}

function renderBlock(block: Block) {
  return typeof block === 'string' ? html`<p>${block}</p>` : html`<ul>${block.map((item) => html`<li>${item}</li>`)}</ul>`;
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
  }
}
