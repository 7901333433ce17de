/**
 * A dev-server middleware for a widget whose languages cannot be fetched (a CDN that lost them, a filter that blocks
 * them): under `/__without-words/`, every file is served as at its own path, except the words beside the script
 * (`…/words/<locale>.js`), which answer 404.
 */
export function withoutWords() {
  return async function withoutWordsMiddleware(context, next) {
    const match = /^\/__without-words(\/.*)$/.exec(context.path);
    if (!match) return next();
    if (/\/words\/[\w-]+\.js$/.test(match[1])) {
      context.status = 404;
      context.body = 'not here';
      return;
    }
    context.url = match[1];
    return next();
  };
}
