import fs from 'node:fs';
import path from 'node:path';
import { CreateTenant, GetTenant, Viewer } from '../helpers/documents';
import { postRaw } from '../helpers/raw';
import { startTestServer, TestServer } from '../helpers/server';
import { GqlClient } from '../helpers/client';
import { login } from '../helpers/world';

/** Error messages in English by default, in Chinese when Accept-Language prefers it. */
describe('error messages in English and Chinese', () => {
  let server: TestServer;
  let en: GqlClient;
  let zh: GqlClient;

  beforeAll(async () => {
    server = await startTestServer();
    const token = (await login(server, 'admin', server.adminPassword)).token;
    en = new GqlClient(server.url, token);
    zh = new GqlClient(server.url, token, { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' });
    await en.ok(CreateTenant, { input: { name: 'taken' } });
  });
  afterAll(() => server.close());

  it('translates NOT_FOUND, and leaves no trace of the other language', async () => {
    const english = await en.fail(GetTenant, { id: '999' });
    const chinese = await zh.fail(GetTenant, { id: '999' });
    expect(english.message).toBe('Tenant 999 not found');
    expect(chinese.message).toBe('租户 999 不存在');
    expect(chinese.extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it('translates input errors, keeping the field', async () => {
    const chinese = await zh.fail(CreateTenant, { input: { name: '' } });
    expect(chinese.message).toMatch(/^字段 name 输入有误：/);
    expect(chinese.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it("translates the domains' refusals, keeping the English text", async () => {
    expect((await en.fail(CreateTenant, { input: { name: 'taken' } })).message).toBe(
      'A tenant named "taken" already exists',
    );
    const chinese = await zh.fail(CreateTenant, { input: { name: 'taken' } });
    expect(chinese.extensions?.code).toBe('CONFLICT');
    expect(chinese.message).toBe('名为“taken”的租户已存在');
    const anonymous = await new GqlClient(server.url, undefined, { 'accept-language': 'zh' }).fail(CreateTenant, {
      input: { name: 'x' },
    });
    expect(anonymous.message).toBe('未登录，或会话已结束');
  });

  it('translates refusals of the request itself', async () => {
    const broken = await postRaw(server.url, '{nope', { 'accept-language': 'zh-TW' });
    expect(broken.json().errors?.[0].message).toBe('请求体不是有效的 JSON');
    const unknownField = await postRaw(server.url, JSON.stringify({ query: '{ nope }' }), { 'accept-language': 'zh' });
    expect(unknownField.json().errors?.[0].message).toMatch(/^请求有误：/);
  });

  it('answers data the same in both languages', async () => {
    expect((await zh.ok(Viewer)).viewer?.name).toBe('admin');
  });

  it('leaves no error message in English only: every literal one in src/ is written with bi(en, zh)', () => {
    const plain =
      /new (?:Conflict|Forbidden|Unauthenticated|UpstreamUnavailable)Error\(['`]|new (?:BadInput|QuotaExceeded)Error\([^,]+, ['`]|allow\((?:(?!bi\().)*, ['`]/;
    const offenders = sourceFiles(path.join(__dirname, '..', '..', 'src')).filter((file) =>
      plain.test(fs.readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}
