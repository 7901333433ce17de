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

/**
 * The reference links the Sources section (the last explainer section) lists, in order: the studies and guidelines
 * behind the widget's claims. Written out here rather than read from src/, so a lost or changed reference fails.
 */
export const SOURCE_LINKS = [
  'https://doi.org/10.1519/JSC.0000000000001872',
  'https://doi.org/10.26603/001c.122637',
  'https://pubmed.ncbi.nlm.nih.gov/30839305/',
  'https://doi.org/10.4236/ojtr.2015.34019',
  'https://doi.org/10.1016/j.math.2015.01.004',
  'https://doi.org/10.1016/j.physio.2017.03.002',
  'https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome',
  'https://g-care.glos.nhs.uk/pathway/72/resource/3',
  'https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/',
  'https://www.nice.org.uk/guidance/ng59',
];

/** The links a reader can follow outside the Sources section: the clinic's booking and phone links. */
export const clinicLinks = (el: CalfCheck) => ($$(el, 'a') as HTMLAnchorElement[]).filter((a) => !a.closest('.sources'));

/**
 * Whether the Sources section's links are exactly the reference links, each opening a new tab with neither opener nor
 * referrer, as "[href, target, rel]" rows (compare with SOURCE_LINK_ROWS).
 */
export const sourceLinkRows = (root: ParentNode) =>
  ([...root.querySelectorAll('.sources a')] as HTMLAnchorElement[]).map((a) => [a.getAttribute('href'), a.target, a.rel]);
export const SOURCE_LINK_ROWS = SOURCE_LINKS.map((href) => [href, '_blank', 'noopener noreferrer']);
