/*
 * Not a test file: the type checker reads it (`npm run typecheck`, after `npm run build`). It imports the package
 * by its name, as a TypeScript project that installed it would, so the `exports` → `types` entry, the element's
 * tag-name map and the event map are all checked. Every line fails to compile if its declaration goes missing.
 */
import type { CalfCheck, CalfCheckBookDetail, CalfCheckChangeDetail, CalfCheckSummaryDetail } from 'calf-check';
import type { CalfCheck as FrenchCalfCheck } from 'calf-check/fr';
import { renderCalfCheck } from 'calf-check/ssr';
import type { CalfCheck as HydratingCalfCheck } from 'calf-check/hydrate';

const widget: CalfCheck | null = document.querySelector('calf-check');
const created: CalfCheck = document.createElement('calf-check');
created.bookingUrl = 'https://clinic.example/book';

created.addEventListener('calf-check-change', (event) => {
  const detail: CalfCheckChangeDetail = event.detail;
  const signs: number = detail.signs;
  void signs;
});
widget?.addEventListener('calf-check-book', (event) => {
  const detail: CalfCheckBookDetail = event.detail;
  const href: string = detail.href;
  event.preventDefault();
  void href;
});

created.addEventListener('calf-check-summary', (event) => {
  const detail: CalfCheckSummaryDetail = event.detail;
  const action: 'copy' | 'print' | 'share' | 'email' = detail.action;
  void action;
});

// A one-language file is the same element, with the same declarations.
const french: FrenchCalfCheck = created;
void french;

// The server render takes attribute names to strings and an optional language, and promises HTML.
const html: Promise<string> = renderCalfCheck({ 'booking-url': 'https://clinic.example/book' }, { lang: 'fr' });
void html;
const hydrating: HydratingCalfCheck = created;
void hydrating;
