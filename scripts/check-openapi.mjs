// Validates an OpenAPI document (a URL or a file) against the OpenAPI 3.1 schema with
// @seriousme/openapi-schema-validator, strictly, and prints {"valid", "version", "errors"}; exits 1
// when invalid. An ES module, so jest (CommonJS) runs it as a child process (test/rest/openapi.test.ts).
import { readFile } from 'node:fs/promises';
import { Validator } from '@seriousme/openapi-schema-validator';

const source = process.argv[2];
if (!source) {
  console.error('usage: node scripts/check-openapi.mjs <url or file>');
  process.exit(2);
}
const text = /^https?:\/\//.test(source) ? await (await fetch(source)).text() : await readFile(source, 'utf8');
const validator = new Validator();
const result = await validator.validate(JSON.parse(text));
console.log(JSON.stringify({ valid: result.valid, version: validator.version, errors: result.errors ?? [] }));
process.exit(result.valid ? 0 : 1);
