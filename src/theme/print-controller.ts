import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Paper shows what the screen hides behind a click: while the page prints (the summary's Print button or the
 * browser's own), every closed disclosure in the host's shadow root is open, and afterwards closed again.
 * Listening starts and stops with the host.
 */
type Host = ReactiveControllerHost & { renderRoot: ParentNode };

export class PrintController implements ReactiveController {
  readonly #host: Host;
  /** Closes again what printing opened. */
  #restore?: () => void;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#open);
    window.addEventListener('afterprint', this.#close);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#open);
    window.removeEventListener('afterprint', this.#close);
  }

  #open = () => {
    if (this.#restore) return;
    const closed = [...this.#host.renderRoot.querySelectorAll('details')].filter((details) => !details.open);
    for (const details of closed) details.open = true;
    this.#restore = () => closed.forEach((details) => (details.open = false));
  };

  #close = () => {
    this.#restore?.();
    this.#restore = undefined;
  };
}
