import fs from 'node:fs';
import path from 'node:path';
import { restTable, unpadded } from '../../scripts/rest-table';

describe('docs/REST.md', () => {
  it('has the route table as src/rest/routes.ts declares it (npm run docs:rest)', () => {
    const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'REST.md'), 'utf8');
    expect(unpadded(doc)).toEqual(unpadded(restTable()));
  });
});
