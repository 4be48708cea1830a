// Breaking-change check of the GraphQL schema, run by .ci/run.
//
// Compares the committed schema (campaign-api/schema.graphql, which SchemaContractIT keeps equal to what the
// server serves) with the last release's (campaign-api/schema-release.graphql, copied from it at each release)
// using @graphql-inspector/core, and fails when a breaking change is not named in CHANGELOG.md: under
// "## [Unreleased]", a "### Breaking" subsection lists the schema paths it breaks in backticks, such as
// `UserError.code` or `Query.works` (a path names its own changes and those below it: `Query.works` covers the
// argument `Query.works.first`).
//
// Usage: node check.mjs [--old FILE] [--new FILE] [--changelog FILE]   (paths relative to the repository root)
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSchema } from 'graphql';
import { diff, CriticalityLevel } from '@graphql-inspector/core';

/** The backticked paths of the "### Breaking" subsection of the changelog's Unreleased section. */
export function namedBreakingPaths(changelog) {
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((l) => /^##\s+\[?Unreleased\]?/i.test(l));
  if (start < 0) return new Set();
  const paths = new Set();
  let inBreaking = false;
  for (const line of lines.slice(start + 1)) {
    if (/^##\s/.test(line)) break;
    if (/^###\s/.test(line)) {
      inBreaking = /^###\s+Breaking\b/i.test(line);
      continue;
    }
    if (inBreaking) {
      for (const m of line.matchAll(/`([_A-Za-z][_0-9A-Za-z]*(?:\.[_A-Za-z][_0-9A-Za-z]*)*)`/g)) paths.add(m[1]);
    }
  }
  return paths;
}

/** Whether a change's path is named: the path itself or one of its parents. */
export function isNamed(path, named) {
  if (!path) return false;
  const parts = path.split('.');
  for (let i = parts.length; i > 0; i--) {
    if (named.has(parts.slice(0, i).join('.'))) return true;
  }
  return false;
}

/** The breaking changes between two SDL texts, each with whether the changelog names it. */
export async function check(oldSdl, newSdl, changelog) {
  const changes = await diff(buildSchema(oldSdl), buildSchema(newSdl));
  const named = namedBreakingPaths(changelog);
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  return {
    changes,
    breaking: breaking.map((c) => ({ path: c.path ?? '', message: c.message, named: isNamed(c.path, named) })),
  };
}

async function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return resolve(root, i >= 0 ? args[i + 1] : fallback);
  };
  const oldFile = option('--old', 'campaign-api/schema-release.graphql');
  const newFile = option('--new', 'campaign-api/schema.graphql');
  const changelogFile = option('--changelog', 'CHANGELOG.md');
  const result = await check(readFileSync(oldFile, 'utf8'), readFileSync(newFile, 'utf8'),
    readFileSync(changelogFile, 'utf8'));
  const unnamed = result.breaking.filter((b) => !b.named);
  console.log(`Schema changes since the last release: ${result.changes.length}, breaking: ${result.breaking.length}`);
  for (const b of result.breaking) {
    console.log(`  ${b.named ? 'named  ' : 'UNNAMED'} ${b.path}: ${b.message}`);
  }
  if (unnamed.length > 0) {
    console.error(`\n${unnamed.length} breaking change(s) not named in CHANGELOG.md. If they are meant, list their `
      + 'paths in backticks under "### Breaking" in the "## [Unreleased]" section (with what clients must change); '
      + 'otherwise keep the schema compatible (add a field, deprecate the old one).');
    process.exit(1);
  }
  console.log('Every breaking change is named in the CHANGELOG.');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e);
    process.exit(2);
  });
}
