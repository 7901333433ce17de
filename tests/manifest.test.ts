import { expect, fixture, html } from '@open-wc/testing';
import { CalfCheck } from '../src/calf-check.js';
import { styles } from '../src/theme/styles.js';
import { CUSTOM_PROPERTIES } from '../src/theme/custom-properties.js';
import { elementOf, publicProperties, type Manifest } from '../scripts/docs/api-tables.mjs';

/** custom-elements.json, generated from the element's JSDoc by `npm run build`. */
const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
const element = elementOf(manifest);
const names = (list: { name: string }[] | undefined) => (list ?? []).map((item) => item.name).sort();

/** A widget with every optional piece shown: language picker, booking and phone links, both slots filled. */
async function fullWidget() {
  const el = await fixture<CalfCheck>(html`<calf-check
    languages="en fr"
    booking-url="https://clinic.example/book"
    phone="555 010 9999"
    clinic-email="clinic@example.com"
  >
    <img slot="logo" alt="Clinic logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
    <span slot="note">New patients welcome.</span>
  </calf-check>`);
  await el.updateComplete;
  // An answer brings the summary and its email link.
  el.shadowRoot!.querySelector<HTMLInputElement>('[part~="checkbox"]')!.click();
  await el.updateComplete;
  return el;
}

describe('custom-elements.json', () => {
  it('describes <calf-check> from src/calf-check.ts', () => {
    expect(element.tagName).to.equal('calf-check');
    expect(manifest.modules.some((module) => module.path === 'src/calf-check.ts')).to.be.true;
  });

  it('lists exactly the attributes the element observes, each tied to its property, plus lang', () => {
    // `lang` is the standard HTML attribute, watched by src/localization.ts rather than by Lit.
    const observed = [...CalfCheck.observedAttributes, 'lang'].sort();
    expect(names(element.attributes)).to.deep.equal(observed);
    for (const attribute of element.attributes ?? []) {
      expect(attribute.description, attribute.name).to.not.be.empty;
      if (attribute.name === 'lang') continue;
      expect(CalfCheck.elementProperties.has(attribute.fieldName as keyof CalfCheck), attribute.name).to.be.true;
    }
  });

  it('lists exactly the public reactive properties, each with a description', () => {
    // Internal reactive state (`state: true`) is not public API.
    const reactive = [...CalfCheck.elementProperties].filter(([, options]) => !options.state).map(([name]) => String(name)).sort();
    expect(publicProperties(element).map((p) => p.name).sort()).to.deep.equal(reactive);
    for (const property of publicProperties(element)) expect(property.description, property.name).to.not.be.empty;
  });

  it('lists the three events with their detail types (tests/types/package-types.ts checks the declarations)', () => {
    expect((element.events ?? []).map((e) => [e.name, e.type?.text])).to.deep.equal([
      ['calf-check-change', 'CustomEvent<CalfCheckChangeDetail>'],
      ['calf-check-summary', 'CustomEvent<CalfCheckSummaryDetail>'],
      ['calf-check-book', 'CustomEvent<CalfCheckBookDetail>'],
    ]);
  });

  it('lists exactly the slots the widget renders', async () => {
    const el = await fullWidget();
    const rendered = [...el.shadowRoot!.querySelectorAll('slot')].map((slot) => slot.name).sort();
    expect(names(element.slots)).to.deep.equal(rendered);
  });

  it('lists parts that all exist, and documents every part the widget renders', async () => {
    const el = await fullWidget();
    const rendered = new Set([...el.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => [...node.part]));
    for (const part of names(element.cssParts)) expect(rendered.has(part), `${part} is rendered`).to.be.true;
    const documented = JSON.stringify(element.cssParts);
    // Variants (`result-most`, `joint-hip`…) are named in their family's description rather than as rows.
    for (const part of rendered) expect(documented, `${part} is documented`).to.match(new RegExp(`"${part}"|\`${part}\``));
  });

  it('lists exactly the --calf-check-* custom properties the styles read', () => {
    const read = [...new Set(styles.cssText.match(/--calf-check-[a-z-]+/g))].sort();
    expect(names(element.cssProperties)).to.deep.equal(read);
    for (const property of element.cssProperties ?? []) expect(property.default, property.name).to.not.be.empty;
  });

  it('documents each custom property with the defaults the stylesheet is built from, light and dark', () => {
    const documented = new Map((element.cssProperties ?? []).map((property) => [property.name, property]));
    for (const { name, light, dark, ownDark } of CUSTOM_PROPERTIES) {
      if (ownDark) {
        // Its dark twin is documented with the dark default it falls back to.
        const twin = documented.get(`--calf-check-${name}-dark`);
        expect(twin, `${name}-dark`).to.exist;
        expect(twin!.default, `${name}-dark default`).to.equal(dark);
      }
      const doc = documented.get(`--calf-check-${name}`);
      expect(doc, name).to.exist;
      // The docs name the public property where the stylesheet reads its internal copy.
      expect(doc!.default, `${name} default`).to.equal(light.replace(/var\(--_/g, 'var(--calf-check-'));
      if (dark) expect(doc!.description, `${name} dark default`).to.contain(`Dark: \`${dark}\``);
      else expect(doc!.description, `${name} has no dark default`).to.not.contain('Dark:');
    }
    expect(documented.size).to.equal(CUSTOM_PROPERTIES.length + CUSTOM_PROPERTIES.filter((property) => property.ownDark).length);
  });
});
