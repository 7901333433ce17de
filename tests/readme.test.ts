import { expect } from '@open-wc/testing';
import { apiTables, withApiTables, type Manifest } from '../scripts/docs/api-tables.mjs';

const text = async (path: string) => (await fetch(path)).text();

describe('README.md', () => {
  it('has API tables exactly as custom-elements.json generates them (`npm run docs` rewrites them)', async () => {
    const manifest = JSON.parse(await text('/custom-elements.json')) as Manifest;
    const readme = await text('/README.md');
    const tables = apiTables(manifest);
    expect(Object.keys(tables)).to.deep.equal(['attributes', 'events', 'slots', 'parts', 'css-properties']);
    // Compared line by line, so a failure names the row that drifted.
    expect(readme.split('\n')).to.deep.equal(withApiTables(readme, tables).split('\n'));
  });

  it('notices drift: a property renamed in the code no longer matches the README', async () => {
    const manifest = JSON.parse(await text('/custom-elements.json')) as Manifest;
    const readme = await text('/README.md');
    const renamed = JSON.parse(JSON.stringify(manifest).replaceAll('"clinic-name"', '"clinic-title"')) as Manifest;
    expect(withApiTables(readme, apiTables(renamed))).not.to.equal(readme);
  });

  it('links the recipes and the configurator', async () => {
    const readme = await text('/README.md');
    // Booleans, not `to.contain`: a failure should name the link, not print the whole README.
    expect(readme.includes('](docs/recipes.md)'), 'link to docs/recipes.md').to.be.true;
    expect(readme.includes('](demo/configurator.html)'), 'link to demo/configurator.html').to.be.true;
  });
});
