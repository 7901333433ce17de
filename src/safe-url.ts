/** Schemes a booking link may use; anything else (javascript:, data:, vbscript:, file:, …) is refused. */
export const BOOKING_SCHEMES = ['https:', 'http:', 'tel:', 'mailto:'] as const;

/**
 * Returns the normalised href when `raw` is an absolute URL with an allowed scheme, else null.
 * The URL parser strips tabs/newlines and lower-cases the scheme, so "JaVa\tScript:" is seen as
 * "javascript:"; relative and protocol-relative values are refused because the widget is embedded
 * on pages whose base URL the clinic does not control.
 */
export function safeBookingUrl(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value || !/^[a-z][a-z0-9+.-]*:/i.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (!(BOOKING_SCHEMES as readonly string[]).includes(url.protocol)) return null;
  if ((url.protocol === 'https:' || url.protocol === 'http:') && !url.hostname) return null;
  return url.href;
}

/** Turns a human-typed phone number ("+44 (0)20 7946-0000") into a tel: href, or null when it has no usable digits. */
export function telHref(raw: string | null | undefined): string | null {
  const compact = (raw ?? '')
    .replace(/\(0\)/g, '')
    .replace(/[\s().\-\u00a0]/g, '')
    .replace(/^00/, '+');
  return /^\+?[0-9]{3,20}$/.test(compact) ? `tel:${compact}` : null;
}
