import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  averagesText,
  beatStatusText,
  distanceErrorText,
  entryNameText,
  heelRaiseSidesText,
  heelRaiseText,
  kneeToWallSidesText,
  kneeToWallSideText,
  kneeToWallText,
  raiseCountText,
  raisesErrorText,
  selfTestsText,
  unitLongText,
} from './words.js';
import { ageBandText, formatCount, formatDecimal, formatLength, unitName } from '../../i18n/formats.js';
import { audioContextClass } from './pace-guide.js';
import { browserOnly } from '../../templates/browser-only.js';
import { heelRaisePicture, kneeToWallPicture } from './pictures.js';
import {
  AGE_BANDS,
  HEEL_RAISE_AVERAGES,
  HEEL_RAISE_MAX,
  KNEE_TO_WALL_MAX,
  KNEE_TO_WALL_NOISE_CM,
  KNEE_TO_WALL_RESTRICTED_CM,
  fromCentimetres,
  kneeToWallSide,
  kneeToWallSidesDiffer,
  sidesApart,
  type LengthUnit,
  type SelfTests,
} from './readings.js';

type Test = 'kneeToWall' | 'heelRaise';
type Side = 'left' | 'right';
const SIDES: Side[] = ['left', 'right'];

/** What the view shows and whom it tells: the self-tests' controller. */
export interface SelfTestsState {
  readonly results: SelfTests;
  readonly unit: LengthUnit;
  refused(field: string): string | undefined;
  readonly pace: { readonly beat: number | null; readonly ran: boolean; readonly aloud: boolean };
  readonly onInput: (event: Event) => void;
  readonly onPace: () => void;
}

/**
 * The two home self-tests: steps, picture, safety line, an entry per side and what the published figures say about
 * the number. Each test has one live region, its reading: what the reader's entry means, or, when the widget refused
 * it, the message beside the field, so that is heard once after the reader has moved on. The averages table and the
 * caveat stay outside it: an age picked with the arrow keys is announced as the two averages, each with its heading.
 */
export function renderSelfTests(state: SelfTestsState, locale: string, sectionLevel: number) {
  const { results: tests, unit } = state;
  const t = selfTestsText();
  const knee = kneeToWallText();
  const raise = heelRaiseText();
  const length = (cm: number) => formatLength(fromCentimetres(cm, unit), unit, locale);
  const { left, right } = tests.kneeToWall;
  const differ = kneeToWallSidesDiffer(tests.kneeToWall);
  const averages = tests.heelRaise.ageBand && HEEL_RAISE_AVERAGES[tests.heelRaise.ageBand];
  const raisesApart = sidesApart(tests.heelRaise);
  const averageTexts = (averages || []).map((range) => range.map((n) => formatCount(n, locale)).join('–'));
  const { beat, ran, aloud } = state.pace;
  const distanceError = distanceErrorText(formatLength(KNEE_TO_WALL_MAX[unit], unit, locale), formatDecimal(8.5, locale));
  const raisesError = raisesErrorText(formatCount(HEEL_RAISE_MAX, locale));
  const entry = (test: Test, side: Side, unitLabel: string, error: string) => renderEntry(state, locale, test, side, unitLabel, error);
  /** A refused entry's message, said again in the reading's live region after the name of the field it belongs to. */
  const refusedLines = (test: Test, error: string) =>
    SIDES.map((side) =>
      state.refused(`${test}.${side}`) === undefined
        ? nothing
        : html`<p class="visually-hidden">${entryNameText(test, side, unit)} ${error}</p>`,
    );
  return html`<section part="self-tests" class="self-tests" @change=${state.onInput}>
      <div class="subheading" role="heading" aria-level=${sectionLevel}>${t.heading}</div>
      <p class="muted">${t.intro}</p>
      <details part="self-test">
        <summary part="toggle">${knee.title}</summary>
        ${how(knee.steps, kneeToWallPicture(knee.title))}
        <fieldset class="entries">
          <legend>${knee.legend}</legend>
          <div class="units" role="radiogroup" aria-labelledby="unit-label">
            <span id="unit-label">${knee.unit}</span>
            ${(['cm', 'in'] as const).map(
              (option) =>
                html`<label
                  ><input type="radio" name="unit" .value=${option} ?checked=${option === unit} .checked=${browserOnly(option === unit)} />${unitLongText(
                    option,
                  )}</label
                >`,
            )}
          </div>
          ${SIDES.map((side) => entry('kneeToWall', side, unitName(unit, locale), distanceError))}
        </fieldset>
        <div class="reading" role="status">
          ${refusedLines('kneeToWall', distanceError)}
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
        ${how(raise.steps, heelRaisePicture(raise.title))}
        <div class="pace">
          <label ?hidden=${!audioContextClass()}
            ><input type="checkbox" name="aloud" ?checked=${aloud} .checked=${browserOnly(aloud)} />${raise.aloud}</label
          >
          <button type="button" class="pace-button" @click=${state.onPace}>${beat === null ? raise.start : raise.stop}</button>
          <p class="visually-hidden" role="status">${ran ? beatStatusText(beat !== null) : nothing}</p>
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
          ${SIDES.map((side) => entry('heelRaise', side, '', raisesError))}
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
                  ${averageTexts.map((range) => html`<td>${range}</td>`)}
                </tr>
              </table>`
          : nothing}
        <div class="reading" role="status">
          ${refusedLines('heelRaise', raisesError)}
          ${averages
            ? html`<p class="visually-hidden">${raise.men} ${averageTexts[0]}</p>
                <p class="visually-hidden">${raise.women} ${averageTexts[1]}</p>`
            : nothing}
          ${raisesApart === null ? nothing : html`<p>${heelRaiseSidesText(raisesApart, formatCount(raisesApart, locale), locale)}</p>`}
        </div>
        ${averages || tests.heelRaise.left !== null || tests.heelRaise.right !== null ? html`<p class="muted">${raise.caveat}</p>` : nothing}
      </details>
    </section>`;
}

/** The steps, the picture of the position and the safety line: read before doing the test. */
function how(steps: string[], picture: unknown) {
  return html`<ol>
      ${steps.map((step) => html`<li>${step}</li>`)}
    </ol>
    ${picture}
    <p class="self-test-safety">${selfTestsText().safety}</p>`;
}

/** One side's entry, with its inline message when the widget refused what was typed. */
function renderEntry(state: SelfTestsState, locale: string, test: Test, side: Side, unit: string, error: string) {
  const name = `${test}.${side}`;
  const id = `${test}-${side}`;
  const refused = state.refused(name);
  const value = state.results[test][side];
  const shown = value === null ? '' : test === 'kneeToWall' ? formatDecimal(fromCentimetres(value, state.unit), locale) : formatCount(value, locale);
  return html`<label class="entry"
      >${selfTestsText()[side]}
      <input
        id=${id}
        name=${name}
        inputmode=${test === 'kneeToWall' ? 'decimal' : 'numeric'}
        autocomplete="off"
        aria-label=${entryNameText(test, side, state.unit)}
        .value=${browserOnly(live(refused ?? shown))}
        aria-invalid=${refused === undefined ? 'false' : 'true'}
        aria-describedby=${refused === undefined ? nothing : `${id}-error`}
      />${unit}</label
    >${refused === undefined ? nothing : html`<p class="error" id="${id}-error">${error}</p>`}`;
}
