import { expect } from '@open-wc/testing';
import { TEST_FONT, TEST_FONT_FAMILIES, missingFonts } from '../infra/layout-fonts.mjs';

/* The named fonts of the tests that measure layout (tests/infra/layout-fonts.mjs says why they are named). */

export { TEST_FONT };

/**
 * Fails, naming the Debian packages, when a font of TEST_FONT is not installed: the browser would otherwise measure
 * a fallback font, and the test would hold or fail on what the machine happens to have.
 */
export function expectTestFonts() {
  const missing = missingFonts(TEST_FONT_FAMILIES);
  const packages = [...new Set(missing.map((font) => font.package))].join(' ');
  expect(missing.map((font) => font.family), `fonts not installed (Debian: apt-get install ${packages})`).to.deep.equal([]);
}
