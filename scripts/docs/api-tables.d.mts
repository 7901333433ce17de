// Types for scripts/docs/api-tables.mjs, so the browser test (tests/readme.test.ts) can import it from TypeScript.
export interface ManifestMember {
  kind: string;
  name: string;
  static?: boolean;
  privacy?: string;
  attribute?: string;
  default?: string;
  description?: string;
  type?: { text: string };
}
export interface ManifestElement {
  tagName?: string;
  customElement?: boolean;
  members?: ManifestMember[];
  attributes?: { name: string; fieldName?: string; default?: string; description?: string }[];
  events?: { name: string; type?: { text: string }; description?: string }[];
  slots?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; default?: string; description?: string }[];
}
export interface Manifest {
  modules: { path: string; declarations?: ManifestElement[] }[];
}
export function elementOf(manifest: Manifest): ManifestElement;
export function publicProperties(element: ManifestElement): ManifestMember[];
export function apiTables(manifest: Manifest): Record<string, string>;
export function withApiTables(readme: string, tables: Record<string, string>): string;
