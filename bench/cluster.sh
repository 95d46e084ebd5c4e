#!/usr/bin/env bash
# Two SmartCourt app nodes on one PostgreSQL, checked over HTTP by `bench.jar cluster` (issue 10 "Several app nodes"):
# a session from node 1 works on node 2, scheduled jobs run once, case numbers and ledger indices stay gapless, and a
# real `kill -9` of node 2 under load loses no acknowledged request (clients retry on node 1 with the same key).
#
# Run it from anywhere as an ordinary user (the embedded PostgreSQL refuses root), e.g.
#   su dev -c 'bench/cluster.sh'
# It builds smartcourt-app's exec jar and bench.jar if they are missing, then:
#   1. PostgreSQL: `bench.jar cluster-postgres` (the zonky embedded server, fsync on) on $PG_PORT, or your own server
#      when SMARTCOURT_DB_URL (and SMARTCOURT_DB_USER/SMARTCOURT_DB_PASSWORD) are set;
#   2. node-1 on $NODE1_PORT, then node-2 on $NODE2_PORT (START=together: both at once), `java -jar …-exec.jar` in
#      demo mode, sharing the database, the file store and the ledger key directory under $WORK/shared;
#   3. `bench.jar cluster --node1 … --node2 … --db-url … --kill-pid <node-2's pid>`;
#   4. stops node-1 and PostgreSQL (also on Ctrl-C or failure). Logs: $WORK/*.log. Exit status: that of the checks.
#
# Settings (environment): PG_PORT=5433 NODE1_PORT=8081 NODE2_PORT=8082 FILINGS=200 CLIENTS=8 KILL_AFTER=FILINGS/3
#                         START=sequential|together  WORK=bench/target/run/cluster-sh
set -euo pipefail
cd "$(dirname "$0")/.."

PG_PORT=${PG_PORT:-5433}
NODE1_PORT=${NODE1_PORT:-8081}
NODE2_PORT=${NODE2_PORT:-8082}
FILINGS=${FILINGS:-200}
CLIENTS=${CLIENTS:-8}
KILL_AFTER=${KILL_AFTER:-$((FILINGS / 3))}
START=${START:-sequential}
WORK=${WORK:-bench/target/run/cluster-sh}

if [ "$(id -u)" = 0 ] && [ -z "${SMARTCOURT_DB_URL:-}" ]; then
	echo "run as an ordinary user: the embedded PostgreSQL refuses root (or set SMARTCOURT_DB_URL)" >&2
	exit 2
fi
jar=$(ls smartcourt-app/target/smartcourt-app-*-exec.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ] || [ ! -f bench/target/bench.jar ]; then
	./mvnw -q -B -pl bench -am package -DskipTests
	jar=$(ls smartcourt-app/target/smartcourt-app-*-exec.jar | head -n 1)
fi

rm -rf "$WORK"
mkdir -p "$WORK/shared"
pids=()
cleanup() {
	for pid in "${pids[@]}"; do
		kill "$pid" 2>/dev/null || true
	done
	for pid in "${pids[@]}"; do
		wait "$pid" 2>/dev/null || true
	done
}
trap cleanup EXIT

await() { # await <name> <url> <pid>
	for _ in $(seq 1 360); do
		if curl -fs -o /dev/null "$2"; then
			echo "# $1 up"
			return 0
		fi
		if ! kill -0 "$3" 2>/dev/null; then
			echo "$1 exited; see its log under $WORK" >&2
			return 1
		fi
		sleep 0.5
	done
	echo "$1 did not come up in 3 minutes" >&2
	return 1
}

if [ -z "${SMARTCOURT_DB_URL:-}" ]; then
	java -jar bench/target/bench.jar cluster-postgres --dir "$WORK" --port "$PG_PORT" >"$WORK/postgres.log" 2>&1 &
	pids+=($!)
	for _ in $(seq 1 120); do
		grep -q "ready:" "$WORK/postgres.log" && break
		kill -0 "${pids[0]}" 2>/dev/null || { cat "$WORK/postgres.log" >&2; exit 1; }
		sleep 0.5
	done
	export SMARTCOURT_DB_URL="jdbc:postgresql://localhost:$PG_PORT/smartcourt"
	export SMARTCOURT_DB_USER=postgres
	echo "# PostgreSQL at $SMARTCOURT_DB_URL"
fi

# What makes two processes one cluster: the same database, file store and ledger keys; a scheduler name of its own.
# The demo TSA is a key per process, so it is switched off (production names one accredited TSA for all nodes).
start_node() { # start_node <name> <port>
	SMARTCOURT_STORAGE_ROOT="$WORK/shared/files" SMARTCOURT_LEDGER_KEY_DIR="$WORK/shared/ledger" \
		java -Xmx768m -jar "$jar" --server.port="$2" --db-scheduler.scheduler-name="$1" \
		--smartcourt.ledger.checkpoint.tsa-url=none \
		--db-scheduler.polling-interval=1s --smartcourt.preservation.escalation-interval=PT1S \
		--smartcourt.ledger.checkpoint.interval=1s --smartcourt.events.resubmit-interval=PT2S \
		--smartcourt.events.resubmit-older-than=PT10S --spring.main.banner-mode=off --logging.level.root=WARN \
		>"$WORK/$1.log" 2>&1 &
	pids+=($!)
}

start_node node-1 "$NODE1_PORT"
node1=$!
if [ "$START" != together ]; then
	await node-1 "http://127.0.0.1:$NODE1_PORT/actuator/health" "$node1"
fi
start_node node-2 "$NODE2_PORT"
node2=$!
await node-1 "http://127.0.0.1:$NODE1_PORT/actuator/health" "$node1"
await node-2 "http://127.0.0.1:$NODE2_PORT/actuator/health" "$node2"

status=0
java -jar bench/target/bench.jar cluster --node1 "http://127.0.0.1:$NODE1_PORT" \
	--node2 "http://127.0.0.1:$NODE2_PORT" --db-url "$SMARTCOURT_DB_URL" --kill-pid "$node2" \
	--filings "$FILINGS" --clients "$CLIENTS" --kill-after "$KILL_AFTER" || status=$?
exit "$status"
