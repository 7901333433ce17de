/** `calf-check`: defines `<calf-check>` and exports its class and the types a page's code may use. */
import { CalfCheck } from './element.js';

export { CalfCheck } from './element.js';
export type { Theme } from './attributes.js';
export type { CalfCheckBookDetail, CalfCheckChangeDetail, CalfCheckSummaryDetail, SummaryAction } from './events.js';

// A page may load the module twice (two embeds, or a CMS that repeats scripts): the first copy wins.
if (!customElements.get('calf-check')) customElements.define('calf-check', CalfCheck);

declare global {
  interface HTMLElementTagNameMap {
    'calf-check': CalfCheck;
  }
}
