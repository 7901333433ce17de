import { expect } from '@open-wc/testing';
import { scriptFile } from '../../demo/configurator/script-file.js';
import { LOCALES } from '../../src/locales.js';

describe('configurator: which file the snippet loads', () => {
  it('one language and no picker: that language’s file, one the package exports', async () => {
    const { exports } = (await (await fetch('/package.json')).json()) as { exports: Record<string, unknown> };
    for (const lang of LOCALES) {
      const file = scriptFile({ lang, languages: [] });
      expect(file).to.equal(`calf-check.${lang}.js`);
      expect(exports[`./${lang}`], lang).to.deep.include({ default: `./dist/${file}` });
      expect(scriptFile({ lang, languages: [lang] })).to.equal(file);
    }
  });

  it('a picker, or the page’s own language: the file with every language', () => {
    expect(scriptFile({ lang: 'fr', languages: ['fr', 'en'] })).to.equal('calf-check.js');
    expect(scriptFile({ lang: '', languages: [] })).to.equal('calf-check.js');
    expect(scriptFile({ lang: '', languages: ['en', 'es'] })).to.equal('calf-check.js');
  });
});
