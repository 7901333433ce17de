/** Whether this copy of the element takes server-rendered shadow roots over (calf-check/hydrate) or draws anew. */
let hydrationLoaded = false;

export const hydrating = () => hydrationLoaded;

/** Said once, by the hydrating entry, before the element is defined. */
export function loadHydration(): void {
  hydrationLoaded = true;
}
