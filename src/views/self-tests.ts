import { html, nothing, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  averagesText,
  distanceErrorText,
  heelRaiseText,
  kneeToWallSidesText,
  kneeToWallSideText,
  kneeToWallText,
  raiseCountText,
  raisesErrorText,
  selfTestsText,
} from '../content-self-tests.js';
import { formatCount } from '../content.js';
import { declaredLang, type Locale } from '../localization.js';
import { audioContextClass, PaceGuide } from '../pace-guide.js';
import { browserOnly } from './browser-only.js';
import { heelRaisePicture, kneeToWallPicture } from './pictures.js';
import {
  AGE_BANDS,
  ageBandText,
  HEEL_RAISE_AVERAGES,
  HEEL_RAISE_MAX,
  KNEE_TO_WALL_MAX,
  KNEE_TO_WALL_NOISE_CM,
  KNEE_TO_WALL_RESTRICTED_CM,
  defaultUnit,
  formatDecimal,
  fromCentimetres,
  kneeToWallSide,
  kneeToWallSidesDiffer,
  parseAgeBand,
  parseEntry,
  toCentimetres,
  unitName,
  type LengthUnit,
  type SelfTests,
} from '../self-tests.js';

type Test = 'kneeToWall' | 'heelRaise';
type Side = 'left' | 'right';
const SIDES: Side[] = ['left', 'right'];


/**
 * The two home self-tests: steps, picture, safety line, an entry per side and what the published figures say about
 * the number. It holds what only the view needs (the reader's unit, the text of refused entries, the pace guide) and
 * hands every accepted change to `onChange` as the new results.
 */
export class SelfTestsView {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onChange: (tests: SelfTests) => void;
  readonly #pace: PaceGuide;
  /** The reader's pick; until then the unit follows the language and region. */
  #unit: LengthUnit | null = null;
  /** What the reader typed in each refused field, by field name, shown back next to its message. */
  readonly #refused = new Map<string, string>();
  #tests!: SelfTests;
  #locale!: Locale;

  constructor(host: ReactiveControllerHost & HTMLElement, onChange: (tests: SelfTests) => void) {
    this.#host = host;
    this.#onChange = onChange;
    this.#pace = new PaceGuide(host);
  }

  /** The unit the reader measures in: their pick, else the one their language and region use. */
  get unit(): LengthUnit {
    // A server render has no page to read a region from: centimetres there, until the browser renders its own.
    if (!this.#host.isConnected) return this.#unit ?? 'cm';
    return this.#unit ?? defaultUnit(this.#locale, declaredLang(this.#host), navigator.languages);
  }

  render(tests: SelfTests, locale: Locale, headingLevel: number) {
    this.#tests = tests;
    this.#locale = locale;
    const t = selfTestsText();
    const knee = kneeToWallText();
    const raise = heelRaiseText();
    const unit = this.unit;
    const length = (cm: number) => `${formatDecimal(fromCentimetres(cm, unit), locale)} ${unitName(unit, locale)}`;
    const { left, right } = tests.kneeToWall;
    const differ = kneeToWallSidesDiffer(tests.kneeToWall);
    const averages = tests.heelRaise.ageBand && HEEL_RAISE_AVERAGES[tests.heelRaise.ageBand];
    const beat = this.#pace.beat;
    return html`<section part="self-tests" class="self-tests" @change=${this.#onInput}>
      <div class="subheading" role="heading" aria-level=${Math.min(headingLevel + 1, 6)}>${t.heading}</div>
      <p class="muted">${t.intro}</p>
      <details part="self-test">
        <summary part="toggle">${knee.title}</summary>
        ${this.#how(knee.steps, kneeToWallPicture(knee.title))}
        <fieldset class="entries">
          <legend>${knee.legend}</legend>
          <div class="units" role="radiogroup" aria-labelledby="unit-label">
            <span id="unit-label">${knee.unit}</span>
            ${(['cm', 'in'] as const).map(
              (option) =>
                html`<label><input type="radio" name="unit" .value=${option} ?checked=${option === unit} .checked=${browserOnly(option === unit)} />${unitName(option, locale)}</label>`,
            )}
          </div>
          ${SIDES.map((side) =>
            this.#entry('kneeToWall', side, unitName(unit, locale), distanceErrorText(`${formatCount(KNEE_TO_WALL_MAX[unit], locale)} ${unitName(unit, locale)}`, formatDecimal(8.5, locale))),
          )}
        </fieldset>
        <div class="reading" role="status">
          ${SIDES.map((side) => {
            const cm = tests.kneeToWall[side];
            return cm === null ? nothing : html`<p><strong>${t[side]}</strong> ${kneeToWallSideText(kneeToWallSide(cm), length(KNEE_TO_WALL_RESTRICTED_CM))}</p>`;
          })}
          ${differ === null ? nothing : html`<p>${kneeToWallSidesText(differ, length(KNEE_TO_WALL_NOISE_CM))}</p>`}
          ${left === null && right === null ? nothing : html`<p class="muted">${knee.noCutOff}</p>`}
        </div>
      </details>
      <details part="self-test">
        <summary part="toggle">${raise.title}</summary>
        ${this.#how(raise.steps, heelRaisePicture(raise.title))}
        <div class="pace">
          <button type="button" class="pace-button" @click=${this.#onPace}>${beat === null ? raise.start : raise.stop}</button>
          <label ?hidden=${!audioContextClass()}
            ><input type="checkbox" name="aloud" ?checked=${this.#pace.aloud} .checked=${browserOnly(this.#pace.aloud)} />${raise.aloud}</label
          >
          <p class="muted">${raise.pace}</p>
          ${beat === null
            ? nothing
            : html`<p class="beat ${beat % 2 ? '' : 'beat-up'}">
                <span class="beat-dot"></span><strong>${beat % 2 ? raise.down : raise.up}</strong>
                <span>${raiseCountText(formatCount((beat >> 1) + 1, locale))}</span>
              </p>`}
        </div>
        <fieldset class="entries">
          <legend>${raise.legend}</legend>
          ${SIDES.map((side) => this.#entry('heelRaise', side, '', raisesErrorText(formatCount(HEEL_RAISE_MAX, locale))))}
        </fieldset>
        <label class="entry"
          >${raise.age}
          <select name="ageBand">
            <option value="">${raise.noAge}</option>
            ${AGE_BANDS.map(
              (band) =>
                html`<option value=${band} ?selected=${band === tests.heelRaise.ageBand} .selected=${browserOnly(band === tests.heelRaise.ageBand)}>
                  ${ageBandText(band, locale)}
                </option>`,
            )}
          </select></label
        >
        <div class="reading" role="status">
          ${averages
            ? html`<table>
                <caption>
                  ${averagesText(ageBandText(tests.heelRaise.ageBand!, locale))}
                </caption>
                <tr>
                  <th scope="col">${raise.men}</th>
                  <th scope="col">${raise.women}</th>
                </tr>
                <tr>
                  ${averages.map((range) => html`<td>${range.map((n) => formatCount(n, locale)).join('–')}</td>`)}
                </tr>
              </table>`
            : nothing}
          ${averages || tests.heelRaise.left !== null || tests.heelRaise.right !== null
            ? html`<p class="muted">${raise.caveat}</p>`
            : nothing}
        </div>
      </details>
    </section>`;
  }

  /** The steps, the picture of the position and the safety line: read before doing the test. */
  #how(steps: string[], picture: unknown) {
    return html`<ol>
        ${steps.map((step) => html`<li>${step}</li>`)}
      </ol>
      ${picture}
      <p class="self-test-safety">${selfTestsText().safety}</p>`;
  }

  /** One side's entry, with its inline message when the widget refused what was typed. */
  #entry(test: Test, side: Side, unit: string, error: string) {
    const name = `${test}.${side}`;
    const id = `${test}-${side}`;
    const refused = this.#refused.get(name);
    const value = this.#tests[test][side];
    const shown = value === null ? '' : test === 'kneeToWall' ? formatDecimal(fromCentimetres(value, this.unit), this.#locale) : formatCount(value, this.#locale);
    return html`<label class="entry"
        >${selfTestsText()[side]}
        <input
          id=${id}
          name=${name}
          inputmode=${test === 'kneeToWall' ? 'decimal' : 'numeric'}
          autocomplete="off"
          .value=${browserOnly(live(refused ?? shown))}
          aria-invalid=${refused === undefined ? 'false' : 'true'}
          aria-describedby=${refused === undefined ? nothing : `${id}-error`}
        />${unit}</label
      >${refused === undefined ? nothing : html`<p class="error" id="${id}-error">${error}</p>`}`;
  }

  #onPace = () => this.#pace.toggle();

  #onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const { name, value } = input;
    if (name === 'aloud') return this.#pace.setAloud(input.checked);
    if (name === 'unit') {
      this.#unit = value as LengthUnit;
      return this.#host.requestUpdate();
    }
    const tests: SelfTests = { kneeToWall: { ...this.#tests.kneeToWall }, heelRaise: { ...this.#tests.heelRaise } };
    if (name === 'ageBand') tests.heelRaise.ageBand = parseAgeBand(value);
    else {
      const [test, side] = name.split('.') as [Test, Side];
      const unit = this.unit;
      const knee = test === 'kneeToWall';
      const entry = parseEntry(value, this.#locale, knee ? KNEE_TO_WALL_MAX[unit] : HEEL_RAISE_MAX, !knee);
      if (entry.refused) this.#refused.set(name, value);
      else this.#refused.delete(name);
      tests[test][side] = entry.value !== null && knee ? toCentimetres(entry.value, unit) : entry.value;
    }
    this.#onChange(tests);
  };
}
