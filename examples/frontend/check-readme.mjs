// The operations in src/operations/ are the README's example queries: each, with its comment lines dropped and
// spaces collapsed, must appear in a ```graphql block of the README (the overview with its campaign code passed
// as the variable $code), so that the README and the typed example cannot drift apart.
import { readFileSync, readdirSync } from 'node:fs';

const normal = (text) => text.split('\n').filter((l) => !l.trim().startsWith('#')).join(' ').replace(/\s+/g, ' ').trim();
const readme = readFileSync('../../README.md', 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => normal(m[1]));
let missing = 0;
for (const file of readdirSync('src/operations').filter((f) => f.endsWith('.graphql')).sort()) {
  const operation = normal(readFileSync(`src/operations/${file}`, 'utf8'));
  const asInReadme = operation.replace(/^query Overview\(\$code: String!\) \{ campaign\(code: \$code\)/,
    '{ campaign(code: "CT32-2022")');
  if (!blocks.includes(asInReadme)) {
    console.error(`src/operations/${file} is not one of the README's example queries`);
    missing++;
  }
}
if (missing > 0) process.exit(1);
console.log('The operations are the README\'s example queries.');
