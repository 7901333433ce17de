import { sendKeys, sendMouse } from '@web/test-runner-commands';

/**
 * A real mouse click in the middle of `element`, through the browser's driver: unlike element.click(), it counts as
 * the user's own gesture, which the clipboard asks for.
 */
export async function realClick(element: Element): Promise<void> {
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  element.scrollIntoView({ block: 'center' });
  await painted();
  // WebKit's scrollIntoView sometimes leaves the page where it was (after keys typed into an earlier page's field);
  // the driver clicks at viewport coordinates, so the element is brought into view by scrolling the page itself.
  const { top } = element.getBoundingClientRect();
  if (top < 0 || top > innerHeight) {
    scrollBy(0, top - innerHeight / 2);
    await painted();
  }
  const { x, y, width, height } = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
  await sendMouse({ type: 'move', position: [0, 0] });
}

/**
 * Ctrl and a letter, as a reader presses them. Puppeteer (Chromium, Firefox) holds the key down; WebDriver (WebKit)
 * sends the Control key code with the letter.
 */
export async function pressControl(letter: string): Promise<void> {
  try {
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: letter });
    await sendKeys({ up: 'Control' });
  } catch (error) {
    if (!/Only "press" and "type" are supported/.test(String(error))) throw error;
    await sendKeys({ press: `\uE009${letter}` });
  }
}

/** Pastes the system clipboard into a fresh text field with Ctrl+V, as a reader would, and returns what arrived. */
export async function pasteFromClipboard(): Promise<string> {
  const field = document.createElement('textarea');
  document.body.append(field);
  field.focus();
  await pressControl('v');
  const pasted = field.value;
  field.remove();
  return pasted;
}

/** Types into a form field of the widget as a reader does, and leaves it (which is when the widget reads it). */
export async function enter(el: HTMLElement & { updateComplete: Promise<unknown> }, name: string, value: string): Promise<void> {
  const field = el.shadowRoot!.querySelector(`[name="${name}"]`) as HTMLInputElement | HTMLSelectElement;
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}
