import { isServer, nothing } from 'lit';

/**
 * A property binding's value for the browser only. @lit-labs/ssr writes some properties (`.checked`, `.selected`) as
 * attributes from their value, `false` included (`checked="false"` ticks a box), so on the server they stay unset
 * and the template gives the server's state as a boolean attribute (`?checked`) as well. Typed as the value itself, so
 * template type checks see the property's own type.
 */
export const browserOnly = <T>(value: T): T => (isServer ? (nothing as T) : value);
