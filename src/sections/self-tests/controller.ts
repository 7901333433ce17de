import type { ReactiveControllerHost } from 'lit';
import { PaceGuide } from './pace-guide.js';
import {
  HEEL_RAISE_MAX,
  KNEE_TO_WALL_MAX,
  copySelfTests,
  noSelfTests,
  parseAgeBand,
  parseEntry,
  toCentimetres,
  type LengthUnit,
  type SelfTests,
  unitForReader,
} from './readings.js';

type Host = ReactiveControllerHost & HTMLElement;
type Test = 'kneeToWall' | 'heelRaise';
type Side = 'left' | 'right';

/**
 * What the reader has entered in the two home self-tests, and what goes with it: the unit they measure in, what they
 * typed in a field the widget refused (shown back next to its message), and the heel raise's pace guide. The view
 * reads it; every accepted change re-renders the host and is handed to `onChange`.
 */
export class SelfTestsController {
  readonly #host: Host;
  /** The tag the reader formats numbers with (readerLocale), which also says whether they measure in inches. */
  readonly #reader: () => string;
  readonly #onChange: () => void;
  readonly pace: PaceGuide;
  #results: SelfTests = noSelfTests();
  /** The reader's pick; until then the unit follows the language and region. */
  #unit: LengthUnit | null = null;
  /** What the reader typed in each refused field, by field name. */
  readonly #refused = new Map<string, string>();

  constructor(host: Host, reader: () => string, onChange: () => void) {
    this.#host = host;
    this.#reader = reader;
    this.#onChange = onChange;
    this.pace = new PaceGuide(host);
  }

  /** The accepted results; knee to wall in centimetres. */
  get results(): SelfTests {
    return this.#results;
  }

  /** The unit the reader measures in: their pick, else the one their language and region use. */
  get unit(): LengthUnit {
    return this.#unit ?? unitForReader(this.#reader());
  }

  /** What the reader typed in `field` ("kneeToWall.left") when the widget refused it; undefined when accepted. */
  refused(field: string): string | undefined {
    return this.#refused.get(field);
  }

  /** Every change in the self-tests' fields, heard once on their section. */
  onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const { name, value } = input;
    if (name === 'aloud') return this.pace.setAloud(input.checked);
    if (name === 'unit') {
      this.#unit = value as LengthUnit;
      return this.#host.requestUpdate();
    }
    const results = copySelfTests(this.#results);
    if (name === 'ageBand') results.heelRaise.ageBand = parseAgeBand(value);
    else {
      const [test, side] = name.split('.') as [Test, Side];
      const unit = this.unit;
      const knee = test === 'kneeToWall';
      const entry = parseEntry(value, this.#reader(), knee ? KNEE_TO_WALL_MAX[unit] : HEEL_RAISE_MAX, !knee);
      if (entry.refused) this.#refused.set(name, value);
      else this.#refused.delete(name);
      results[test][side] = entry.value !== null && knee ? toCentimetres(entry.value, unit) : entry.value;
    }
    this.#results = results;
    this.#host.requestUpdate();
    this.#onChange();
  };

  onPace = () => this.pace.toggle();
}
