/** Contrast as a reader meets it: each visible text in a widget, against every background painted behind it. */
import { contrastRatio, over, parseColor, type Rgba } from '../../src/embed/contrast.js';

/** Computed by the element's own window: the widget may sit in another frame. */
const style = (element: Element) => element.ownerDocument.defaultView!.getComputedStyle(element);

export interface Measure {
  what: string;
  ratio: number;
}

/** The opaque colour behind `node`: every background on the way up (through the shadow root), over a white page. */
export function backgroundBehind(node: Element): Rgba {
  const layers: Rgba[] = [];
  for (let at: Element | null = node; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null)) {
    const computed = style(at);
    if (computed.backgroundImage !== 'none') throw new Error(`cannot measure over a background image on ${at.localName}`);
    layers.push(parseColor(computed.backgroundColor));
  }
  return layers.reduceRight((below, layer) => over(layer, below), parseColor('rgb(255, 255, 255)'));
}

/** Every visible piece of text in `host`'s shadow tree (which may sit in another frame), against what is behind it. */
export function textContrasts(host: Element): Measure[] {
  const walker = host.ownerDocument.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT);
  const measures: Measure[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (!node.textContent!.trim() || parent.closest('title, desc') || !parent.checkVisibility()) continue;
    // By namespace, not instanceof: an element from another frame is not this window's SVGElement.
    const colour = parent.namespaceURI === 'http://www.w3.org/2000/svg' ? style(parent).fill : style(parent).color;
    const what = `text "${node.textContent!.trim().slice(0, 30)}"`;
    measures.push({ what, ratio: contrastRatio(parseColor(colour), backgroundBehind(parent)) });
  }
  return measures;
}
