import type { CalfCheck } from '../../src/calf-check.js';

/** What tests/host-page/record.js saw on the strict host page. */
export interface HostPageRecord {
  violations: string[];
  writes: string[];
}

export interface HostPage {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis & { __hostPage: HostPageRecord };
  document: Document;
  record: HostPageRecord;
}

/**
 * Opens tests/host-page/strict.html — served with a strict Content-Security-Policy and loading only
 * dist/calf-check.js — in an iframe, and resolves once <calf-check> is defined there.
 */
export async function openStrictPage(): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/tests/host-page/strict.html';
  document.body.append(frame);
  await loaded;
  const window = frame.contentWindow as HostPage['window'];
  const timeout = new Promise((resolve) => setTimeout(resolve, 3000, false));
  if (!(await Promise.race([window.customElements.whenDefined('calf-check').then(() => true), timeout]))) {
    throw new Error(`<calf-check> was not defined on the strict page: ${window.__hostPage.violations.join('; ')}`);
  }
  return { frame, window, document: window.document, record: window.__hostPage };
}

/** Lets queued violation reports and resource entries arrive (both are delivered asynchronously). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 100));
}

/** Adds a <calf-check> with these attributes to the host page and waits for its first render. */
export async function widgetOn(page: HostPage, attributes: Record<string, string> = {}): Promise<CalfCheck> {
  const el = page.document.createElement('calf-check');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  page.document.body.append(el);
  await el.updateComplete;
  return el;
}
