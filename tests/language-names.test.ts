import { expect } from '@open-wc/testing';
import { languageName } from '../src/i18n/language-names.js';

describe('languageName', () => {
  it("is each language's name in itself, capitalised, so a reader finds their own", () => {
    expect(['en', 'es', 'fr', 'de', 'ar'].map(languageName)).to.deep.equal(['English', 'Español', 'Français', 'Deutsch', 'العربية']);
    expect(languageName('pt-BR')).to.match(/^Português/);
    expect(languageName('zh-Hans')).to.match(/中文/);
  });
});
