#!/usr/bin/env bash
# Rewrites campaign-api/schema.graphql, the committed contract, from the schema the server builds: run it after
# changing a .graphqls file or adding a rule code, review `git diff campaign-api/schema.graphql`, commit it, and
# name breaking changes in CHANGELOG.md (scripts/schema-check tells which they are).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl campaign-api -am verify -Dschema.update=true \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=SchemaContractIT -Dfailsafe.failIfNoSpecifiedTests=false "$@"
echo "campaign-api/schema.graphql updated"
