/**
 * A dev-server middleware that serves a file only when a test says so, to load the widget's module "slowly" without
 * timing anything: `/__held/<key>/dist/calf-check.js` waits until the page fetches `/__release/<key>`, then is
 * served as `/dist/calf-check.js`. A key never released keeps its request open, like a script that never comes, until
 * the page that asked for it goes away.
 */
export function heldModule() {
  /** Keys released so far, and the requests waiting for each key. */
  const released = new Set();
  const waiting = new Map();
  return async function held(context, next) {
    const release = /^\/__release\/([\w-]+)$/.exec(context.path);
    if (release) {
      released.add(release[1]);
      for (const resolve of waiting.get(release[1]) ?? []) resolve();
      waiting.delete(release[1]);
      context.body = 'released';
      return;
    }
    const hold = /^\/__held\/([\w-]+)(\/.*)$/.exec(context.path);
    if (hold) {
      const [, key, path] = hold;
      if (!released.has(key)) {
        await new Promise((resolve) => {
          waiting.set(key, [...(waiting.get(key) ?? []), resolve]);
          // The page may go away first: the request then ends unserved.
          context.res.once('close', resolve);
        });
        if (!released.has(key)) return;
      }
      context.url = path;
    }
    return next();
  };
}
