import { expect } from '@open-wc/testing';
import { loadLocale, speak } from '../src/i18n/runtime.js';
import type { Locale } from '../src/i18n/locales.js';
import { noAnswers } from '../src/sections/checklist/scoring.js';
import { noSelfTests } from '../src/sections/self-tests/readings.js';
import { buildSummary, mailtoHref, summaryDate, type SummaryInput } from '../src/sections/summary/text.js';
import { CLOSING_NOTE_READER, closingNoteSummary } from './helpers/summary-reader.js';

const READER: Omit<SummaryInput, 'locale'> = {
  ...CLOSING_NOTE_READER,
  noneFit: false,
  unit: 'cm',
  date: new Date(2026, 11, 1),
  clinicName: '',
  bookingUrl: '',
};
const NOTHING: Omit<SummaryInput, 'locale'> = { ...READER, answers: noAnswers(), selfTests: noSelfTests() };

/** The summary in `locale`'s words, its numbers and date written for `reader` (the language in the reader's region). */
async function summaryIn(locale: Locale, input: Omit<SummaryInput, 'locale'>, reader: string = locale) {
  await loadLocale(locale);
  return speak(locale, () => buildSummary({ ...input, locale: reader }));
}

describe('summary text', () => {
  it('for three signs, 7 and 11 cm and 14 and 22 raises, in English: signs by name, both sides with the unit, the date', async () => {
    expect(await summaryIn('en', READER)).to.equal(closingNoteSummary.en('December 1, 2026'));
  });

  it('for the same reader in German, every line in German and the date written the German way', async () => {
    expect(await summaryIn('de', READER)).to.equal(closingNoteSummary.de('1. Dezember 2026'));
  });

  it('is short enough to read aloud: under 12 lines and 600 characters for that reader, the gaps between sides included', async () => {
    const text = await summaryIn('en', READER);
    expect(text.split('\n').length).to.be.below(12);
    expect(text.length).to.be.below(600);
  });

  it('says none of the signs fit when the reader said so, and lists no sign', async () => {
    const text = await summaryIn('en', { ...NOTHING, noneFit: true });
    expect(text.split('\n')).to.deep.equal([
      'My calf check, December 1, 2026',
      'None of the four signs fit me.',
      'This is not a diagnosis, just what I noted at home to talk about.',
    ]);
  });

  it('invents nothing: with no answers it holds only the date and the not-a-diagnosis line', async () => {
    expect((await summaryIn('en', NOTHING)).split('\n')).to.deep.equal([
      'My calf check, December 1, 2026',
      'This is not a diagnosis, just what I noted at home to talk about.',
    ]);
  });

  it('writes a side left empty as not measured, and leaves out a test with neither side', async () => {
    const text = await summaryIn('en', {
      ...NOTHING,
      selfTests: { kneeToWall: { left: null, right: 9.5 }, heelRaise: { left: null, right: null, ageBand: null } },
    });
    expect(text).to.contain('\nKnee to wall: left not measured, right 9.5\u00a0cm\n');
    expect(text, 'no gap without both sides').not.to.contain('Difference');
    expect(text).not.to.contain('Heel raises');
    expect(text).not.to.contain('Signs');
  });

  it('adds the age band when the reader gave one', async () => {
    const text = await summaryIn('en', { ...READER, selfTests: { ...READER.selfTests, heelRaise: { left: 14, right: 22, ageBand: '40-49' } } });
    expect(text).to.contain('\nHeel raises on one leg: left 14, right 22\nDifference between my legs: 8\nAge: 40–49\n');
  });

  it('writes inches, with the centimetres clinics record, when the reader measured in inches', async () => {
    const text = await summaryIn('en', { ...READER, selfTests: { ...READER.selfTests, kneeToWall: { left: 7.62, right: 11 } }, unit: 'in' });
    expect(text).to.contain('\nKnee to wall: left 3\u00a0in (7.6\u00a0cm), right 4.3\u00a0in (11\u00a0cm)\nDifference between my feet: 1.3\u00a0in (3.4\u00a0cm)\n');
  });

  it('writes decimals the reader\'s way: a decimal comma in French', async () => {
    const text = await summaryIn('fr', { ...READER, selfTests: { ...READER.selfTests, kneeToWall: { left: 8.5, right: 11 } } });
    expect(text).to.match(/\nGenou au mur\u00a0: gauche 8,5\u00a0cm, droite 11\u00a0cm\n/u);
    expect(text.split('\n')[0]).to.equal(`Mon test des mollets, ${summaryDate(READER.date, 'fr')}`);
  });

  it('dates it the reader\'s way: 1 December 2026 in Britain, December 1, 2026 in the United States', async () => {
    expect((await summaryIn('en', READER, 'en-GB')).split('\n')[0]).to.equal('My calf check, 1 December 2026');
    expect((await summaryIn('en', READER, 'en-US')).split('\n')[0]).to.equal('My calf check, December 1, 2026');
  });

  it('writes the decimal mark of the reader\'s region: 8.5 in Mexico and the United States, 8,5 in Spain', async () => {
    const measured = { ...READER, selfTests: { ...READER.selfTests, kneeToWall: { left: 8.5, right: 11 } } };
    for (const reader of ['es-MX', 'es-US']) expect(await summaryIn('es', measured, reader), reader).to.contain('8.5\u00a0cm').and.not.contain('8,5');
    expect(await summaryIn('es', measured, 'es-ES')).to.contain('8,5\u00a0cm').and.not.contain('8.5');
    expect(await summaryIn('es', measured), 'no region: the language\'s usual form').to.contain('8,5\u00a0cm');
    const inches = await summaryIn('es', { ...measured, unit: 'in' }, 'es-US');
    expect(inches, 'the inch in Spanish').to.contain('3.3\u00a0pulg. (8.5\u00a0cm)');
  });

  it('writes Arabic numbers in Arabic-Indic digits in every engine, as the rest of the widget does', async () => {
    const text = await summaryIn('ar', { ...READER, selfTests: { ...READER.selfTests, heelRaise: { left: 14, right: 22, ageBand: '40-49' } } });
    for (const number of ['٧', '١١', '١٤', '٢٢', '٤٠–٤٩']) expect(text).to.contain(number);
    expect(text).to.not.match(/[0-9]/);
  });

  it('ends with the clinic name and the booking address written out, when the clinic set them', async () => {
    const text = await summaryIn('en', { ...READER, clinicName: 'Stride Physio', bookingUrl: 'https://clinic.example/book' });
    expect(text.split('\n').at(-1)).to.equal('Stride Physio: https://clinic.example/book');
  });

  it('mailto: percent-encodes subject and body, with CRLF line ends, so nothing in them can add a header', () => {
    const body = 'Line one & two?\nbcc=evil@example.com';
    const href = mailtoHref('clinic@example.com', 'My calf check, 1 May', body);
    expect(href).to.equal(
      'mailto:clinic@example.com?subject=My%20calf%20check%2C%201%20May&body=Line%20one%20%26%20two%3F%0D%0Abcc%3Devil%40example.com',
    );
    const url = new URL(href);
    expect([...new URLSearchParams(url.search).keys()]).to.deep.equal(['subject', 'body']);
  });
});
