// Injected into every benchmark page before its own scripts run. Collects paint, long-task and
// layout-shift entries, and marks when the content is in the DOM and when it has been rendered:
// page A when every <calf-check> finished its first update, page B when the static HTML is parsed.
export function instrument() {
  const bench = (window.__bench = { longTasks: [], cls: 0, lcp: 0 });
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch {
      /* an entry type this browser lacks stays at its default */
    }
  };
  observe('longtask', (entry) => bench.longTasks.push(entry.duration));
  observe('layout-shift', (entry) => {
    if (!entry.hadRecentInput) bench.cls += entry.value;
  });
  observe('largest-contentful-paint', (entry) => (bench.lcp = entry.startTime));

  // A timeout queued from requestAnimationFrame runs once that frame has been styled, laid out and painted.
  const afterNextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const markRendered = async () => {
    performance.mark('content-ready');
    await afterNextFrame();
    performance.mark('content-rendered');
  };
  customElements.whenDefined('calf-check').then(async () => {
    await Promise.all([...document.querySelectorAll('calf-check')].map((element) => element.updateComplete));
    performance.mark('calf-check:first-update');
    markRendered();
  });
  document.addEventListener('DOMContentLoaded', () => {
    if (!document.querySelector('calf-check')) markRendered();
  });
}

/** Runs in the page once 'content-rendered' exists: the figures of one load. */
export function collect() {
  const [fcp] = performance.getEntriesByName('first-contentful-paint');
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
  return {
    fcp: fcp?.startTime ?? NaN,
    lcp: window.__bench.lcp,
    script: performance.getEntriesByType('resource').find((entry) => /\/calf-check(\.[\w-]+)?\.js$/.test(entry.name))?.responseEnd ?? NaN,
    // The widget's own downloads: its module and any language's words it fetched.
    ...(() => {
      const widget = performance.getEntriesByType('resource').filter((entry) => /\/(calf-check(\.[\w-]+)?|words\/[\w-]+)\.js$/.test(entry.name));
      return { requests: widget.length, bytes: widget.reduce((sum, entry) => sum + entry.encodedBodySize, 0) };
    })(),
    ready: at('content-ready'),
    rendered: at('content-rendered'),
    longTaskTotal: window.__bench.longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
    longTaskCount: window.__bench.longTasks.length,
    cls: window.__bench.cls,
  };
}
