// Test-server plugin: pages rendered by `calf-check/ssr` itself (dist/ssr.js, the built server module), so the browser
// tests meet exactly the HTML a clinic's server would send. Node side only.
export const SERVER_RENDERED_PATH = '/__server-rendered.html';

/**
 * `?attributes=<JSON>&lang=<tag>&page-lang=<tag>&script=<path>`: one widget rendered with those attributes and
 * language, in a page whose `<html lang>` is page-lang, loading `script` as a module when given. With
 * `widgets=<JSON [{attributes, lang}, …]>` instead, one widget for each, rendered at the same time.
 */
export function serverRender() {
  let rendering;
  return {
    name: 'server-render',
    async serve(context) {
      if (context.path !== SERVER_RENDERED_PATH) return undefined;
      rendering ??= import('../../dist/ssr.js');
      const { renderCalfCheck } = await rendering;
      const query = context.URL.searchParams;
      const widgets = query.has('widgets')
        ? JSON.parse(query.get('widgets'))
        : [{ attributes: JSON.parse(query.get('attributes') ?? '{}'), lang: query.get('lang') ?? undefined }];
      const rendered = await Promise.all(widgets.map(({ attributes, lang }) => renderCalfCheck(attributes ?? {}, { lang })));
      const widget = rendered.join('');
      const pageLang = query.get('page-lang');
      const script = query.get('script');
      return {
        type: 'html',
        body: [
          `<!doctype html><html${pageLang ? ` lang="${pageLang}"` : ''}><head><meta charset="utf-8">`,
          script ? `<script type="module" src="${script}"></script>` : '',
          `</head><body><main>${widget}</main></body></html>`,
        ].join(''),
      };
    },
  };
}
