#!/usr/bin/env bash
# Rewrites campaign-api/src/main/resources/vn/campaign/api/config/startup-classes.txt, the classes a start of the
# service loads, in the order it loads them, which StartupClassPreloader loads in the background at every start
# (docs/performance.md, "Start-up"). Run it after changing dependencies or what the start-up does, review
# `git diff --stat`, and commit the list. It packages the service, starts it once on a throw-away embedded store
# with -Xlog:class+load, until the context is refreshed (as the class data sharing training run of README "Faster
# start" does), and keeps the classes read from the jar's libraries and from the JDK's modules (not those of the
# JDK's own shared archive, already cheap to load, nor the hidden classes of lambdas and proxies, which have no
# name to load by).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl campaign-api -am package -DskipTests "$@"
jar=$(ls campaign-api/target/campaign-api-*.jar | grep -v -e '-sources' -e '-javadoc' | head -n 1)
list=campaign-api/src/main/resources/vn/campaign/api/config/startup-classes.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -Dcampaign.startup.preload=false -Dspring.context.exit=onRefresh \
  -Xlog:class+load=info:file="$work/classes.log":none \
  -jar "$jar" --server.port=0 --campaign.store.path="$work/store/campaign.mv" > "$work/service.log" 2>&1 \
  || { cat "$work/service.log"; exit 1; }
mkdir -p "$(dirname "$list")"
{
  echo "# The classes a start of campaign-api loads from its libraries and the JDK's modules, in the order it loads"
  echo "# them: StartupClassPreloader loads them in the background at every start. Written by"
  echo "# scripts/update-startup-classes.sh; a name no longer on the class path is skipped."
  awk '$2 == "source:" && $1 !~ /\// && ($3 ~ /^jar:nested:.*!BOOT-INF\// || $3 ~ /^jrt:\//) && !seen[$1]++ { print $1 }' \
    "$work/classes.log"
} > "$list"
echo "$list: $(grep -vc '^#' "$list") classes"
