/*
 * Waits for the browser's first frame, or 100 ms where no frame comes (a background tab, a frame off screen). A module
 * that imports this first runs the rest of its imports only then, so a server-rendered page paints its HTML before
 * the script takes it over, even when the script arrives before the first frame (as from a fast or nearby server).
 */
await new Promise((resolve) => {
  requestAnimationFrame(() => setTimeout(resolve));
  setTimeout(resolve, 100);
});
export {};
