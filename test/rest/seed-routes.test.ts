import fs from 'node:fs';
import path from 'node:path';
import { ROUTES } from '../../src/rest/routes';

/** Where the seed document lies: shared/ beside the checkout (../shared, as PRODUCT.md says). */
const SEED = path.join(__dirname, '..', '..', '..', 'shared', 'seed', 'api-spec.zh.md');

interface SeedRoute {
  heading: string;
  method: string;
  url: string;
}

/** Each section's URLs and method, as the seed writes them (`URL: ```/x``` `, `Method: ```GET``` `). */
function seedRoutes(text: string): SeedRoute[] {
  const found: SeedRoute[] = [];
  let heading = '';
  let urls: string[] = [];
  for (const line of text.split('\n')) {
    const title = /^#{2,4}\s+(.+?)\s*$/.exec(line);
    if (title) {
      heading = title[1];
      urls = [];
      continue;
    }
    const url = /^URL[:：]\s*`+([^`]+)`+/.exec(line.trim());
    if (url) urls.push(url[1].trim());
    const method = /^Method[:：]\s*`+([A-Za-z]+)`*/.exec(line.trim());
    if (method) for (const each of urls) found.push({ heading, method: method[1].toUpperCase(), url: each });
  }
  return found;
}

describe('the seed document’s routes', () => {
  const seed = seedRoutes(fs.readFileSync(SEED, 'utf8'));

  it('are read from the seed (a sanity check of the parse)', () => {
    expect(seed.length).toBeGreaterThanOrEqual(50);
    expect(seed).toContainEqual({ heading: '删除虚拟路由器', method: 'DETELE', url: '/network/router' });
    expect(seed).toContainEqual({ heading: '获取工单种类', method: 'GET', url: '/ticket/type' });
  });

  it('each has an entry in the route table, under its URL and method (or the seed’s slip of it)', () => {
    const missing = seed.filter(
      (wanted) =>
        !ROUTES.some(
          (route) =>
            [route.seed].flat().includes(wanted.heading) &&
            route.path === wanted.url &&
            (route.method === wanted.method || route.seedMethod === wanted.method),
        ),
    );
    expect(missing).toEqual([]);
  });

  it('no entry names a section the seed does not have', () => {
    const headings = new Set(seed.map((route) => route.heading));
    expect(ROUTES.flatMap((route) => [route.seed].flat()).filter((heading) => !headings.has(heading))).toEqual([]);
  });
});
