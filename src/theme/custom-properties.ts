/**
 * The public CSS custom properties and their defaults, written once. The stylesheet (theme/styles.ts) is built from
 * this table, and a test checks the element's `@cssprop` docs against it, values included. A clinic sets any of them
 * on `calf-check` (or an ancestor) without needing to know the others.
 */
export interface CustomProperty {
  /** Public name without the `--calf-check-` prefix. */
  name: string;
  /** Default in the light theme (and in every theme when `dark` is absent). May read other internal properties. */
  light: string;
  /** Default in the dark theme, for colours: these are read into an internal `--_name` the theme switches. */
  dark?: string;
  /**
   * In the dark palette, `--calf-check-<name>-dark` wins over `--calf-check-<name>`: a brand colour for each scheme,
   * which `auto` switches between with the page or the system. Set only the plain one and it serves both.
   */
  ownDark?: true;
}

export const CUSTOM_PROPERTIES: readonly CustomProperty[] = [
  { name: 'accent', light: '#0b6b66', dark: '#5ccfc4', ownDark: true },
  { name: 'accent-contrast', light: '#fff', dark: '#0b1f1d', ownDark: true },
  { name: 'bg', light: '#fff', dark: '#161b1f' },
  { name: 'fg', light: '#1f2428', dark: '#e6ebef' },
  { name: 'muted', light: '#4a5560', dark: '#a7b3bd' },
  { name: 'border', light: '#c5ced6', dark: '#46525c' },
  { name: 'radius', light: '12px' },
  { name: 'font', light: 'inherit' },
  { name: 'font-size', light: '1em' },
  { name: 'line-height', light: '1.5' },
  { name: 'space', light: '1rem' },
  { name: 'focus-ring', light: '3px solid var(--_accent)' },
  { name: 'max-width', light: '42rem' },
];

/** A CSS-wide keyword cannot travel through an internal property: such a default is read at the point of use. */
const readDirectly = (property: CustomProperty) => /^(inherit|initial|unset|revert)$/.test(property.light);

/**
 * `--_name: var(--calf-check-name, default);` for the theme: in light (the base) every property read through an
 * internal one, in dark only the colours it changes.
 */
export function themeDeclarations(theme: 'light' | 'dark'): string {
  return CUSTOM_PROPERTIES.filter((property) => (theme === 'dark' ? property.dark : !readDirectly(property)))
    .map((property) => {
      const value = `var(--calf-check-${property.name}, ${property[theme] ?? property.light})`;
      return `--_${property.name}: ${theme === 'dark' && property.ownDark ? `var(--calf-check-${property.name}-dark, ${value})` : value};`;
    })
    .join('\n');
}

/**
 * How the stylesheet reads a property: through its internal `--_name`, or directly when its default is a keyword or
 * the rule sits outside the palette's element (`direct`, the host's own box).
 */
export function readProperty(name: string, direct?: boolean): string {
  const property = CUSTOM_PROPERTIES.find((candidate) => candidate.name === name);
  if (!property) throw new Error(`no custom property --calf-check-${name}`);
  return direct || readDirectly(property) ? `var(--calf-check-${name}, ${property.light})` : `var(--_${name})`;
}
