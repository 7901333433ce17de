// Types for tests/infra/layout-fonts.mjs, so the browser tests can import it from TypeScript.
export interface TestFontFamily {
  family: string;
  package: string;
}
export const TEST_FONT_FAMILIES: TestFontFamily[];
export const TEST_FONT: string;
export function missingFonts(families: TestFontFamily[]): TestFontFamily[];
