import type { ChecklistScore } from '../checklist/scoring.js';

/**
 * Adds the result to an http(s) booking URL as query parameters, keeping any hash deep link
 * (Jane's booking pages live in the fragment). Other schemes are returned unchanged.
 */
export function withResultParams(href: string, score: ChecklistScore): string {
  const url = new URL(href);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return href;
  url.searchParams.set('calf_check_signs', String(score.signs));
  url.searchParams.set('calf_check_band', score.band);
  return url.href;
}
