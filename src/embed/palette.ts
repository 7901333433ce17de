import { CUSTOM_PROPERTIES } from '../theme/custom-properties.js';

/** The backgrounds the shipped palettes paint (the custom properties' table), which a brand colour must stand out from. */
export const BACKGROUNDS: { light: string; dark: string } = (() => {
  const { light, dark } = CUSTOM_PROPERTIES.find((property) => property.name === 'bg')!;
  return { light, dark: dark ?? light };
})();
