#!/bin/sh
# Times the generation of every benchmark task's default dataset (1,000,000 sequences each).
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
lib="$root/distribution/target/mips/lib"
[ -d "$lib" ] || (cd "$root" && mvn -q -B -DskipTests package)
exec java -Xmx8g -cp "$lib/*" "$root/bench/TaskGeneration.java"
