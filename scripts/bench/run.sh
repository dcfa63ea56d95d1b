#!/usr/bin/env bash
# The benchmark harness: every figure beside its floor, measured in the same run on this machine.
#   bash scripts/bench/run.sh [--quick] [--only 1|2|3|4|5]
# Builds the jar and the bench classes, then measures (median of 5 runs unless --quick):
#   1. cold `evaluate` and an invalid file vs a trivial main in the same jar (--help), by java -jar and by ./vigie;
#   2. the national batch (1,000 and 34,969 communes) wall time and peak RSS;
#   3. web start-up to the first answered request vs a minimal Spring Boot web MVC app (same class path);
#   4. REST under load on loopback (32 connections, 30 s): POST /api/assessments vs GET /actuator/health, RSS after;
#   5. warm assessments a second through the Java API on 1 and 2 threads, beside a hand-written Java
#      evaluation of the same conditions (JMH, `-Pbench`); the national batch with a warm JVM.
# Read the ratios, not the seconds: a busy machine slows both sides alike.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=5; LOAD=30; JMH="-wi 12 -w 2 -i 5 -r 2 -f 1"; ONLY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) RUNS=3; LOAD=10; JMH="-wi 1 -w 1 -i 2 -r 1 -f 1" ;;
    --only) ONLY="$2"; shift ;;
  esac
  shift
done
section() { [ -z "$ONLY" ] || [ "$ONLY" = "$1" ]; }
HEAP="${VIGIE_BENCH_HEAP:--Xmx512m}"   # the heap the README recommends; override to compare
JAR=target/vigie-sociale.jar
WORK="$(mktemp -d)"; trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

echo "== build"
mvn -B -q -Pbench package -DskipTests > "$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
mvn -B -q -Pbench test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=runtime > /dev/null
# the application's class path without the jar's nesting; the minimal app adds only the bench classes
CP="target/classes:$(cat "$WORK/cp.txt")"
CPMIN="target/test-classes:$CP"
printf 'schemaVersion: 1\nid: x\ntitle: t\nterritory: {name: a, level: COMMUNE, population: 10}\ncrisis: {kind: HEALTH, phase: ACUTEE}\n' > "$WORK/bad.yaml"

# median wall seconds and max RSS (MB) of RUNS runs of a command
measure() {
  local label="$1"; shift
  local times=() rss=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$WORK/t" "$@" > /dev/null 2>&1 || true
    read -r t m < <(tail -1 "$WORK/t") || true; times+=("$t"); rss+=("$m")
  done
  local med; med=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  local mx; mx=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
  printf '%-48s %7.2f s  %6d Mo\n' "$label" "$med" "$((mx / 1024))"
  echo "$med" > "$WORK/last"
}
ratio() { python3 -c "print(f'{float(\"$1\")/float(\"$2\"):.1f}')"; }

if section 1; then
echo "== 1. command line, cold (median of $RUNS)"
measure "trivial main (--help), floor" java -jar "$JAR" --help; FLOOR=$(cat "$WORK/last")
measure "evaluate quartiers-nord-confinement" java -jar "$JAR" evaluate scenarios/quartiers-nord-confinement.yaml; EVAL=$(cat "$WORK/last")
measure "evaluate an invalid file" java -jar "$JAR" evaluate "$WORK/bad.yaml"; BAD=$(cat "$WORK/last")
cp -r rules "$WORK/rules"; echo "// copie" >> "$WORK/rules/solidarity/food-aid.drl"
measure "evaluate, DRL compiled at run time (--rules)" java -jar "$JAR" evaluate --rules "$WORK/rules" scenarios/quartiers-nord-confinement.yaml; DRL=$(cat "$WORK/last")
echo "   ratios to the floor: evaluate $(ratio "$EVAL" "$FLOOR")x (target <= 3), invalid $(ratio "$BAD" "$FLOOR")x (target <= 1.5), DRL $(ratio "$DRL" "$FLOOR")x"
echo "   the same through ./vigie (extracted jar, class-data-sharing archive, C1 only):"
rm -rf target/vigie; ./vigie --help > /dev/null 2>&1   # extracts the jar and records the archive, once
measure "./vigie --help, floor" ./vigie --help; VFLOOR=$(cat "$WORK/last")
measure "./vigie evaluate quartiers-nord-confinement" ./vigie evaluate scenarios/quartiers-nord-confinement.yaml; VEVAL=$(cat "$WORK/last")
measure "./vigie evaluate an invalid file" ./vigie evaluate "$WORK/bad.yaml"; VBAD=$(cat "$WORK/last")
echo "   ratios: to ./vigie --help: evaluate $(ratio "$VEVAL" "$VFLOOR")x, invalid $(ratio "$VBAD" "$VFLOOR")x;" \
     "to java -jar --help: evaluate $(ratio "$VEVAL" "$FLOOR")x, invalid $(ratio "$VBAD" "$FLOOR")x"

fi
if section 2; then
echo "== 2. national batch ($HEAP)"
java -jar "$JAR" batch-sample --limit 1000 > "$WORK/c1000.csv"
java -jar "$JAR" batch-sample > "$WORK/call.csv"
measure "batch, 1,000 communes" java $HEAP -jar "$JAR" batch --kind HEALTH --phase ACUTE "$WORK/c1000.csv"
measure "batch, 34,969 communes (target <= 5 s, 1 GB)" java $HEAP -jar "$JAR" batch --kind HEALTH --phase ACUTE "$WORK/call.csv"
[ -f target/vigie/cli.jsa ] || ./vigie --help > /dev/null 2>&1
measure "batch, 34,969 communes, ./vigie" env JAVA_OPTS="$HEAP" ./vigie batch --kind HEALTH --phase ACUTE "$WORK/call.csv"

fi
first_answer() { # command url -> seconds to the first HTTP 200
  local url="$1"; shift
  local start; start=$(date +%s.%N)
  "$@" > "$WORK/server.log" 2>&1 &
  local pid=$!
  local waited=0
  until curl -fs -o /dev/null "$url"; do
    sleep 0.05; waited=$((waited + 1))
    if [ "$waited" -gt 1200 ] || ! kill -0 "$pid" 2>/dev/null; then
      echo "no answer from $url; server log:" >&2; tail -20 "$WORK/server.log" >&2; kill "$pid" 2>/dev/null; return 1
    fi
  done
  python3 -c "print(f'{$(date +%s.%N) - $start:.2f}')"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
if section 3; then
echo "== 3. web start-up to the first answered request"
for i in $(seq "$RUNS"); do first_answer http://localhost:18082/ java -cp "$CPMIN" fr.vigiesociale.bench.MinimalWebApp --server.port=18082; done | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p" > "$WORK/min"
for i in $(seq "$RUNS"); do first_answer http://localhost:18080/actuator/health java $HEAP -cp "$CP" fr.vigiesociale.VigieSocialeApplication --server.port=18080 --vigie.data-dir="$WORK/data"; done | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p" > "$WORK/app"
for i in $(seq "$RUNS"); do first_answer http://localhost:18081/actuator/health java $HEAP -jar "$JAR" --server.port=18081 --vigie.data-dir="$WORK/data"; done | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p" > "$WORK/jar"
[ -f target/vigie/web.jsa ] || first_answer http://localhost:18084/actuator/health ./vigie --server.port=18084 --vigie.data-dir="$WORK/data" > /dev/null  # records the archive, once
for i in $(seq "$RUNS"); do first_answer http://localhost:18084/actuator/health env JAVA_OPTS="$HEAP" ./vigie --server.port=18084 --vigie.data-dir="$WORK/data"; done | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p" > "$WORK/vigie"
echo "   minimal Spring Boot web MVC app (floor): $(cat "$WORK/min") s"
echo "   Vigie sociale, same class path:          $(cat "$WORK/app") s  ($(ratio "$(cat "$WORK/app")" "$(cat "$WORK/min")")x, target <= 2)"
echo "   Vigie sociale, java -jar:                $(cat "$WORK/jar") s  ($(ratio "$(cat "$WORK/jar")" "$(cat "$WORK/min")")x)"
echo "   Vigie sociale, ./vigie (extracted + CDS): $(cat "$WORK/vigie") s  ($(ratio "$(cat "$WORK/vigie")" "$(cat "$WORK/min")")x)"

fi
if section 4; then
echo "== 4. REST under load, loopback, 32 connections, ${LOAD} s ($HEAP)"
java $HEAP -jar "$JAR" --server.port=18083 --vigie.data-dir="$WORK/data" > "$WORK/server.log" 2>&1 &
SERVER=$!
until curl -fs -o /dev/null http://localhost:18083/actuator/health; do sleep 0.1; done
LOADCP="target/test-classes"
java -cp "$LOADCP" fr.vigiesociale.bench.HttpLoad http://localhost:18083/actuator/health 5 8 > /dev/null   # warm-up
java -cp "$LOADCP" fr.vigiesociale.bench.HttpLoad http://localhost:18083/api/assessments 5 8 scenarios/quartiers-nord-confinement.yaml > /dev/null
echo "   GET /actuator/health (floor):            $(java -cp "$LOADCP" fr.vigiesociale.bench.HttpLoad http://localhost:18083/actuator/health "$LOAD" 32)"
echo "   POST /api/assessments, one scenario:     $(java -cp "$LOADCP" fr.vigiesociale.bench.HttpLoad http://localhost:18083/api/assessments "$LOAD" 32 scenarios/quartiers-nord-confinement.yaml)"
echo "   POST /api/assessments, 30 scenarios:     $(java -cp "$LOADCP" fr.vigiesociale.bench.HttpLoad http://localhost:18083/api/assessments "$LOAD" 32 scenarios)"
echo "   server RSS after the load: $(( $(awk '/VmRSS/ {print $2}' /proc/$SERVER/status) / 1024 )) Mo (target <= 350)"
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true

fi
if section 5; then
echo "== 5. warm, Java API (JMH): assessments a second beside the hand-written floor, on 1 and 2 threads; every commune ranked"
echo "   (engine* = the rule engine, floor* = the same conditions written by hand in Java, checked to give the same JSON first;"
echo "    *Assessment = a full assessment with reasons, data gaps and 'why not', *Rules = the rules alone)"
for t in 1 2; do
  echo "   -- $t thread(s)"
  mvn -B -q -Pbench test-compile exec:exec -Djmh.args="WarmAssessmentBenchmark $JMH -t $t" 2>&1 | grep -E "^Benchmark|WarmAssessmentBenchmark\." || true
done
mvn -B -q -Pbench test-compile exec:exec -Djmh.args="NationalBatch" 2>&1 | grep -E "^Benchmark|NationalBatchBenchmark" || true
fi
