/**
 * The language the page declares for `element`: its own `lang`, else the nearest ancestor's, up
 * through any shadow roots it sits in to `<html lang>`. `lang=""` means "unknown" and is skipped.
 */
export function declaredLang(element: Element): string | null {
  for (let node: Node | null = element; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    const lang = node instanceof Element ? node.getAttribute('lang')?.trim() : undefined;
    if (lang) return lang;
  }
  return null;
}

const LANG_ATTRIBUTES: MutationObserverInit = { subtree: true, attributeFilter: ['lang'] };

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere `element` could inherit one from: the document (a
 * site's language switch sets it on `<html>`) and each shadow root between them, which an observer of the document
 * does not see into. The returned function stops watching.
 */
export function onLangChange(element: Element, listener: () => void): () => void {
  const observer = new MutationObserver(listener);
  observer.observe(document.documentElement, LANG_ATTRIBUTES);
  for (let tree = element.getRootNode(); tree instanceof ShadowRoot; tree = tree.host.getRootNode()) {
    observer.observe(tree, LANG_ATTRIBUTES);
  }
  return () => observer.disconnect();
}
