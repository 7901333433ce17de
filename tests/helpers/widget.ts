import type { CalfCheck } from '../../src/calf-check.js';

/* What the widget's tests share: shadow-root queries, its text as a reader sees it, and a reader's clicks. */

export const $ = (el: CalfCheck, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
export const $$ = (el: CalfCheck, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
export const boxes = (el: CalfCheck) => $$(el, '[part~="checkbox"]') as HTMLInputElement[];
export const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The text of the elements an ARIA attribute such as aria-labelledby points at, in order. */
export const referencedText = (el: CalfCheck, node: Element, attribute: string) =>
  (node.getAttribute(attribute) ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => text(el.shadowRoot!.getElementById(id)))
    .join(' ');

/** Clicks, as a reader would, until exactly the first `count` signs are ticked. */
export async function tick(el: CalfCheck, count: number) {
  boxes(el).forEach((box, i) => {
    if (box.checked !== i < count) box.click();
  });
  await el.updateComplete;
}

/** Records whether the browser would have followed a link click, and stops it so the test page stays. */
export function watchNavigation() {
  const seen: boolean[] = [];
  const listener = (event: Event) => {
    seen.push(event.defaultPrevented);
    event.preventDefault();
  };
  document.addEventListener('click', listener);
  return { wouldNavigate: () => seen.map((prevented) => !prevented), stop: () => document.removeEventListener('click', listener) };
}
