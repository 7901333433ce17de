/**
 * The widget's own words, in any shipped language, for the fallback a snippet carries inside `<calf-check>`: what a
 * reader sees while the script is slow, or if it never loads. They come from the same compiled translations as the
 * widget (src/generated/locales/), read synchronously, so the configurator writes a snippet on every keystroke.
 *
 * This bundle has its own copy of @lit/localize (the widget's is inside dist/calf-check.js). Instead of its
 * asynchronous setLocale, the `msg()` that the words modules call is pointed at one language's table for the length of
 * one call: runtimeMsg is what configureLocalization installs too, so a message is looked up exactly as the widget
 * looks it up. Both are internal modules of @lit/localize, pinned to an exact version in package.json.
 */
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { MsgFn, TemplateMap } from '@lit/localize/internal/types.js';
import { bookLabel, callLabel, noBookingText } from '../sections/call-to-book/words.js';
import { headingText } from '../words.js';
import { leadText } from '../sections/explainer/words.js';
import * as ar from '../generated/locales/ar.js';
import * as de from '../generated/locales/de.js';
import * as es from '../generated/locales/es.js';
import * as fr from '../generated/locales/fr.js';
import * as ptBR from '../generated/locales/pt-BR.js';
import * as zhHans from '../generated/locales/zh-Hans.js';

/** English is the source: its words are the ones written in the words modules, so it has no table. */
const TABLES: Record<string, TemplateMap | undefined> = {
  ar: ar.templates,
  de: de.templates,
  es: es.templates,
  fr: fr.templates,
  'pt-BR': ptBR.templates,
  'zh-Hans': zhHans.templates,
};

let table: TemplateMap | undefined;
_installMsgImplementation(((template, options) => runtimeMsg(table, template, options)) as MsgFn);

function inLanguage<T>(locale: string, read: () => T): T {
  table = TABLES[locale];
  try {
    return read();
  } finally {
    table = undefined;
  }
}

export interface FallbackText {
  heading: string;
  lead: string;
  /** The booking link's words. */
  book: string;
  /** The phone link's words, or '' without a phone. */
  call: string;
  /** What to say with neither a booking link nor a phone. */
  noBooking: string;
}

/** The heading, introduction and call to book the widget itself shows, in `locale` ('' or unknown: English). */
export function fallbackText(locale: string, clinicName: string, phone: string): FallbackText {
  return inLanguage(locale, () => ({
    heading: headingText(),
    lead: leadText(),
    book: bookLabel(clinicName),
    call: phone ? callLabel(phone) : '',
    noBooking: noBookingText(clinicName),
  }));
}
