import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..', '..');

interface Snippet {
  filePath: string;
  code: string;
}

interface Finding {
  ruleId: string | null;
  message: string;
}

/**
 * Lints each snippet (JSON in argv) as if it were the file at its path, with the repository's
 * eslint.config.mjs, and prints each one's findings as JSON. Jest's VM refuses the dynamic import
 * ESLint loads its ESM config with, so this runs in a child node. Type-aware rules are off: the
 * files are not on disk, and the boundaries rules need no types.
 */
const LINT_SNIPPETS = `
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: tseslint.configs.disableTypeChecked });
const findings = [];
for (const { filePath, code } of JSON.parse(process.argv[1])) {
  const [result] = await eslint.lintText(code, { filePath });
  findings.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
}
process.stdout.write(JSON.stringify(findings));
`;

function isFindingLists(value: unknown): value is Finding[][] {
  return (
    Array.isArray(value) &&
    value.every(
      (list) =>
        Array.isArray(list) &&
        list.every(
          (finding: Partial<Record<keyof Finding, unknown>>) =>
            (typeof finding.ruleId === 'string' || finding.ruleId === null) && typeof finding.message === 'string',
        ),
    )
  );
}

async function lint(snippets: Snippet[]): Promise<{ findings: Finding[][]; stderr: string }> {
  const { stdout, stderr } = await run(
    process.execPath,
    ['--input-type=module', '-e', LINT_SNIPPETS, JSON.stringify(snippets)],
    { cwd: ROOT },
  );
  const findings: unknown = JSON.parse(stdout);
  if (!isFindingLists(findings)) throw new Error(`unexpected lint output: ${stdout}`);
  return { findings, stderr };
}

/** The layer check's one message, naming the importing and the imported layer. */
const crossing = (from: string, to: string): Finding => ({
  ruleId: 'boundaries/dependencies',
  message: `There is no policy allowing dependencies from file of category "${from}" to file of category "${to}"`,
});

describe('the layers in eslint.config.mjs', () => {
  let dbImportsIdentity: Finding[];
  let identityImportsDb: Finding[];
  let observabilityImportsContext: Finding[];
  let resolverImportsContextType: Finding[];
  let resolverImportsSchema: Finding[];
  let stderr: string;
  beforeAll(async () => {
    let findings: Finding[][];
    ({ findings, stderr } = await lint([
      {
        filePath: 'src/db/x.ts',
        code: "import { UserService } from '../identity/user.service';\nexport const service = UserService;\n",
      },
      { filePath: 'src/identity/x.ts', code: "import { openDb } from '../db/client';\nexport const open = openDb;\n" },
      {
        filePath: 'src/observability/x.ts',
        code: "import type { Context } from '../graph/context';\nexport type Logged = Context;\n",
      },
      {
        filePath: 'src/identity/y.ts',
        code: "import type { Context } from '../graph/context';\nexport type Seen = Context;\n",
      },
      {
        filePath: 'src/identity/z.ts',
        code: "import { canopySchema } from '../graph/schema';\nexport const schema = canopySchema;\n",
      },
    ]));
    [
      dbImportsIdentity,
      identityImportsDb,
      observabilityImportsContext,
      resolverImportsContextType,
      resolverImportsSchema,
    ] = findings;
  });

  it('report a lower layer importing a higher one', () => {
    expect(dbImportsIdentity).toEqual([crossing('base', 'domain')]);
    expect(observabilityImportsContext).toEqual([crossing('base', 'graph')]);
  });

  it('let a higher layer import a lower one', () => {
    expect(identityImportsDb).toEqual([]);
  });

  it("let a domain import the graph's Context as a type only, nothing of the graph as a value", () => {
    expect(resolverImportsContextType).toEqual([]);
    expect(resolverImportsSchema).toEqual([crossing('domain', 'graph')]);
  });

  it('use no deprecated boundaries syntax (the plugin warns on stderr)', () => {
    expect(stderr).toBe('');
  });
});
