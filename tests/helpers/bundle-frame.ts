/**
 * A fresh page for one built file: an iframe with its own custom-element registry, so every file can define
 * `<calf-check>` as a clinic's page would, side by side in one test run. The file loads as a clinic loads it, by a
 * script tag: `type="module"` for the modules, a plain script for the classic builds.
 */
export interface Widget extends HTMLElement {
  updateComplete: Promise<unknown>;
  answers: Record<string, boolean>;
}

export class BundleFrame {
  readonly warnings: string[] = [];
  /** console.error calls and uncaught errors on this page. */
  readonly errors: string[] = [];

  private constructor(
    readonly file: string,
    private readonly iframe: HTMLIFrameElement,
  ) {
    // Each file keeps its own console; what the widget says there is what a clinic's developer would read.
    this.window.console.warn = (...args: unknown[]) => this.warnings.push(args.map(String).join(' '));
    this.window.console.error = (...args: unknown[]) => this.errors.push(args.map(String).join(' '));
    this.window.addEventListener('error', (event) => this.errors.push(String(event.error ?? event.message)));
  }

  /** A page with `file` loaded and `<calf-check>` defined (the hydrating module waits for a first frame). */
  static async open(file: string): Promise<BundleFrame> {
    const frame = await BundleFrame.blank(file);
    await frame.load(file);
    await frame.window.customElements.whenDefined('calf-check');
    return frame;
  }

  /**
   * The page at `src`, as the browser parsed it. With `scripts: false` it runs no script at all (a sandboxed frame):
   * what a reader with JavaScript off, or whose browser blocked the widget's script, gets.
   */
  static async at(src: string, { scripts = true } = {}): Promise<BundleFrame> {
    const iframe = document.createElement('iframe');
    if (!scripts) iframe.sandbox.add('allow-same-origin');
    iframe.src = src;
    iframe.style.cssText = 'width: 800px; height: 600px; border: 0';
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    document.body.append(iframe);
    await loaded;
    return new BundleFrame(src, iframe);
  }

  /** A page with nothing loaded yet, for `file`. */
  static async blank(file: string): Promise<BundleFrame> {
    const iframe = document.createElement('iframe');
    iframe.srcdoc = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>';
    iframe.style.cssText = 'width: 800px; height: 600px; border: 0';
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    document.body.append(iframe);
    await loaded;
    return new BundleFrame(file, iframe);
  }

  get window(): Window & typeof globalThis {
    return this.iframe.contentWindow as Window & typeof globalThis;
  }

  get document(): Document {
    return this.iframe.contentDocument!;
  }

  /** Adds a script tag for `src` and waits until it has run. */
  load(src: string): Promise<void> {
    const script = this.document.createElement('script');
    if (!/\.classic\.js(\?|$)/.test(src)) script.type = 'module';
    script.src = src;
    return new Promise((resolve, reject) => {
      script.addEventListener('load', () => resolve());
      script.addEventListener('error', () => reject(new Error(`${src} did not load`)));
      this.document.head.append(script);
    });
  }

  /** The paths this page fetched, in order. */
  fetched(): string[] {
    return this.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
  }

  /** A `<calf-check>` with these attributes (and light-DOM children), rendered. */
  async mount(attributes: Record<string, string> = {}, children = ''): Promise<Widget> {
    const el = this.document.createElement('calf-check') as Widget;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.innerHTML = children;
    this.document.body.append(el);
    await el.updateComplete;
    return el;
  }

  /** Empties the page and the warnings between tests; the definition stays, as on a real page. */
  reset(): void {
    this.document.body.replaceChildren();
    this.document.documentElement.removeAttribute('lang');
    this.warnings.length = 0;
  }

  close(): void {
    this.iframe.remove();
  }
}
