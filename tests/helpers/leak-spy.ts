/**
 * Counts what stays attached to the page: observers (Mutation, Resize, Intersection) that observe
 * and are not disconnected, and listeners on document, <html> and window not removed again.
 * Import it before the widget so the widget's module sees the instrumented globals.
 */
const activeObservers = new Set<object>();
const listeners = new Map<string, number>();

type ObserverClass = { new (...args: never[]): { observe(...args: unknown[]): void; disconnect(): void } };

for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const) {
  const Original = window[name] as unknown as ObserverClass | undefined;
  if (!Original) continue;
  const Counted = class extends Original {
    override observe(...args: unknown[]) {
      activeObservers.add(this);
      return super.observe(...args);
    }
    override disconnect() {
      activeObservers.delete(this);
      return super.disconnect();
    }
  };
  Object.defineProperty(window, name, { value: Counted, configurable: true, writable: true });
}

for (const [label, target] of [
  ['document', document],
  ['html', document.documentElement],
  ['window', window],
] as const) {
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  // A listener is counted once per (type, function, capture), as the browser does.
  const key = (type: string, options?: boolean | EventListenerOptions) =>
    `${label}:${type}:${typeof options === 'boolean' ? options : !!options?.capture}`;
  const seen = new Map<string, Set<unknown>>();
  target.addEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
    const k = key(type, options);
    if (listener && !(seen.get(k)?.has(listener) ?? false)) {
      seen.set(k, (seen.get(k) ?? new Set()).add(listener));
      listeners.set(label, (listeners.get(label) ?? 0) + 1);
    }
    if (listener) add(type, listener, options);
  };
  target.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
    const k = key(type, options);
    if (seen.get(k)?.delete(listener)) listeners.set(label, (listeners.get(label) ?? 0) - 1);
    if (listener) remove(type, listener, options);
  };
}

/** What is attached right now: observers observing, and listeners per target. */
export function attached(): { observers: number; listeners: Record<string, number> } {
  return { observers: activeObservers.size, listeners: Object.fromEntries(listeners) };
}
