import type { WidgetConfig } from './snippet.js';

/**
 * The file a clinic's page should load from the package's `dist/`: a clinic that shows one language and offers no
 * picker gets that language's file, less than half the all-language one; any other choice needs every language.
 */
export function scriptFile({ lang, languages }: Pick<WidgetConfig, 'lang' | 'languages'>): string {
  return lang && languages.length < 2 ? `calf-check.${lang}.js` : 'calf-check.js';
}
