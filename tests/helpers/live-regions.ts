/**
 * What the widget's live regions would make a screen reader say: every `role="status"` region whose text changed,
 * with its new text, in the order the changes happened. A region emptied says nothing; a region that appears with
 * words already in it is not announced by screen readers either, so it only sets what counts as a change from then on.
 */
export function listenToLiveRegions(host: HTMLElement) {
  const root = host.shadowRoot!;
  const said: string[] = [];
  const last = new Map<Element, string>();
  const textOf = (region: Element) => (region.textContent ?? '').replace(/\s+/g, ' ').trim();
  const regions = () => [...root.querySelectorAll('[role="status"]')];
  for (const region of regions()) last.set(region, textOf(region));
  const observer = new MutationObserver(() => {
    for (const region of regions()) {
      const now = textOf(region);
      if (!last.has(region)) {
        last.set(region, now);
        continue;
      }
      if (now !== last.get(region)) {
        last.set(region, now);
        if (now) said.push(now);
      }
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  return {
    /** Everything announced so far; the mutations of the last update are delivered first. */
    async said(): Promise<string[]> {
      await new Promise((resolve) => setTimeout(resolve));
      return [...said];
    },
    stop: () => observer.disconnect(),
  };
}
