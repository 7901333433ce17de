/*
 * Lit's hydration support, loaded before the element: it patches LitElement as Lit defines it, and the element reads
 * the flag when its first instance connects, which may be while the element is being defined.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { loadHydration } from './flag.js';

loadHydration();
