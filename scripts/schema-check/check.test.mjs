// Tests of check.mjs: node --test
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, isNamed, namedBreakingPaths } from './check.mjs';

const OLD = 'type Query { works(first: Int): [String!]! }\ntype UserError { code: String! }';
const NEW = 'enum Code { A }\ntype Query { works(first: Int!): [String!]! }\ntype UserError { code: Code! }';
const CHANGELOG = `# Changelog

## [Unreleased]

### Breaking
- \`UserError.code\` is an enum.

### Added
- \`Query.works\` mentioned outside Breaking does not count.

## [0.1.0] - 2026-12-01

### Breaking
- \`Query.works\`
`;

test('reads only the Breaking subsection of the Unreleased section', () => {
  assert.deepEqual([...namedBreakingPaths(CHANGELOG)], ['UserError.code']);
});

test('a parent path names the changes below it', () => {
  assert.ok(isNamed('Query.works.first', new Set(['Query.works'])));
  assert.ok(!isNamed('Query.worksByUnit', new Set(['Query.works'])));
});

test('flags the breaking changes the changelog does not name', async () => {
  const result = await check(OLD, NEW, CHANGELOG);
  const byPath = Object.fromEntries(result.breaking.map((b) => [b.path, b.named]));
  assert.equal(byPath['UserError.code'], true);
  assert.equal(byPath['Query.works.first'], false);
});

test('an added field is not breaking', async () => {
  const result = await check(OLD, OLD.replace('code: String!', 'code: String!\n  field: [String!]'), '');
  assert.equal(result.breaking.length, 0);
  assert.ok(result.changes.length > 0);
});
