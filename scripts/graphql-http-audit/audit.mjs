// Audits a GraphQL-over-HTTP endpoint with graphql-http's server audit and prints one line per audit.
//
//   node audit.mjs http://127.0.0.1:8080/graphql
//
// Each audit ends ok, notice (a MAY of the spec not met), warn (a SHOULD not met) or error (a MUST not met).
// The last line sums them up. The exit status is 1 when any audit is an error, 2 on bad usage, else 0.
// Two audits query __type, so run it against a server whose introspection is on.
import { auditServer } from 'graphql-http';

const STATUSES = ['ok', 'notice', 'warn', 'error'];

const url = process.argv[2] ?? process.env.GRAPHQL_URL;
if (!url) {
  console.error('usage: node audit.mjs <url of the GraphQL endpoint>  (or set GRAPHQL_URL)');
  process.exit(2);
}

const results = await auditServer({ url, fetchFn: fetch });

const counts = Object.fromEntries(STATUSES.map((status) => [status, 0]));
for (const result of results) {
  counts[result.status] += 1;
  console.log(`${result.status.padEnd(6)} ${result.id} ${result.name}`);
  if (result.status !== 'ok') {
    console.log(`       ${result.reason}`);
  }
}
console.log(
  `graphql-http audit of ${url}: ${results.length} audits, ` +
    STATUSES.map((status) => `${counts[status]} ${status}`).join(', '),
);
process.exit(counts.error > 0 ? 1 : 0);
