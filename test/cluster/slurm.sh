#!/usr/bin/env bash
# The cluster path, proven on a real Slurm: installs Debian's slurmctld, slurmd and munge, starts a
# one-node cluster on localhost, submits examples/slurm (3 shard tasks, then the merge job) over
# the bundled reports plus one bad file, and compares the merged dataset with a one-machine sync.
# Every daemon it started is stopped, by pid, even when the test fails. Where it cannot run (not
# root, no apt-get) it says so and exits 0.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
say() { echo "slurm test: $*"; }

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  say "skipped: needs root and apt-get to install a Slurm cluster (CI has both)"
  exit 0
fi

work=$(mktemp -d /tmp/govmine-slurm-XXXXXX)
policy_created=0
cleanup() {
  local stopping=()
  for pidfile in "$work/slurmctld.pid" "$work/slurmd.pid" /run/munge/munged.pid; do
    [ -f "$pidfile" ] && stopping+=("$(cat "$pidfile")")
  done
  for pid in "${stopping[@]}"; do kill "$pid" 2>/dev/null; done
  # a daemon writes its state while it stops: wait (up to 5 s) before removing its folder
  for _ in $(seq 50); do
    local alive=0
    for pid in "${stopping[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.1
  done
  [ "$policy_created" = 1 ] && rm -f /usr/sbin/policy-rc.d
  rm -rf "$work"
}
trap cleanup EXIT

if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  # package scripts must not start the daemons: this test starts and stops its own
  if [ ! -e /usr/sbin/policy-rc.d ]; then printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; policy_created=1; fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurmctld slurmd slurm-client munge >/dev/null || { say "FAILED: cannot install Slurm"; exit 1; }
fi

# munge: the key, the runtime folder, the daemon as the munge user
[ -f /etc/munge/munge.key ] || { mungekey -c 2>/dev/null || create-munge-key -f; }
chown munge:munge /etc/munge/munge.key && chmod 400 /etc/munge/munge.key
mkdir -p /run/munge /var/log/munge /var/lib/munge && chown munge:munge /run/munge /var/log/munge /var/lib/munge
if ! pgrep -x munged >/dev/null; then runuser -u munge -- /usr/sbin/munged || { say "FAILED: munged did not start"; exit 1; }; fi

export SLURM_CONF="$work/slurm.conf"
mkdir -p "$work/state" "$work/spool"
cat > "$SLURM_CONF" <<CONF
ClusterName=govmine
SlurmctldHost=localhost(127.0.0.1)
SlurmUser=root
AuthType=auth/munge
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerParameters=batch_sched_delay=0,sched_min_interval=0
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=main Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
slurmctld -i || { say "FAILED: slurmctld did not start"; cat "$work/slurmctld.log"; exit 1; }
slurmd -N localhost || { say "FAILED: slurmd did not start"; cat "$work/slurmd.log"; exit 1; }
for _ in $(seq 1 50); do sinfo -h -o %T 2>/dev/null | grep -qE 'idle|mixed' && break; sleep 0.2; done

# the corpus: the bundled reports, and one bad file that its shard must report, not die of
mkdir -p "$work/in" "$work/out"
cp "$root"/fixtures/*.txt "$root"/fixtures/extra/*.txt "$work/in/"
printf '\x89PNG\r\n\x1a\n\0\0\0' > "$work/in/not-a-report.txt"

export INPUT="$work/in" OUT="$work/out" GOVMINE="node $root/bin/govmine.js"
cd "$work"
# submits the recipe's 3 shards and the merge, and waits until they are done
run_recipe() {
  submitted=$("$root/examples/slurm/submit.sh" 3) || { say "FAILED: sbatch"; exit 1; }
  say "$submitted"
  for _ in $(seq 1 300); do
    [ -z "$(squeue -h 2>/dev/null)" ] && break
    sleep 0.5
  done
  if [ -n "$(squeue -h 2>/dev/null)" ]; then say "FAILED: jobs still queued after 150 s"; squeue; exit 1; fi
  [ -f "$OUT/reports.db" ] || { say "FAILED: the merge job wrote no dataset"; cat "$work"/govmine-*.log 2>/dev/null; exit 1; }
}
run_recipe

# the same inputs on one machine, then the two datasets side by side
node "$root/bin/govmine.js" sync "$work/in" --db "$work/one.db" -q 2>/dev/null
ROOT="$root" node -e '
const [merged, one, errors] = process.argv.slice(1);
const Database = require(require.resolve("better-sqlite3", { paths: [process.env.ROOT] }));
const rows = (path, sql) => { const db = new Database(path, { readonly: true }); try { return JSON.stringify(db.prepare(sql).all()); } finally { db.close(); } };
const queries = {
  documents: "SELECT path, sha256, encoding, title, agency, year, published, doc_number, duplicate_of FROM documents ORDER BY path",
  texts: "SELECT path, text FROM document_texts ORDER BY path",
  sections: "SELECT d.path, s.ordinal, s.level, s.title, s.path, s.start, s.end, s.text FROM sections s JOIN documents d ON d.id = s.document_id ORDER BY d.path, s.ordinal",
  indicators: "SELECT doc, section, category, label, value, unit, approx, raw, context, start, \"end\", check_status, ordinal, status, part_of FROM indicator_records ORDER BY doc, start",
  search: "SELECT d.path, s.ordinal FROM sections_fts JOIN sections s ON s.id = sections_fts.rowid JOIN documents d ON d.id = s.document_id WHERE sections_fts MATCH \x27行政复议\x27 ORDER BY 1, 2",
};
let failed = false;
for (const [name, sql] of Object.entries(queries)) {
  const same = rows(merged, sql) === rows(one, sql);
  console.log(`slurm test: ${name}: ${same ? "same as one machine" : "DIFFERENT from one machine"} (${JSON.parse(rows(merged, sql)).length} rows)`);
  failed ||= !same;
}
const failures = require("fs").readFileSync(errors, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
const bad = failures.find((f) => f.path.endsWith("not-a-report.txt") && f.kind === "binary");
console.log(`slurm test: the bad file ${bad ? "is listed in errors.jsonl" : "is MISSING from errors.jsonl"}`);
process.exit(failed || !bad ? 1 : 0);
' "$work/out/reports.db" "$work/one.db" "$work/out/errors.jsonl" || { say "FAILED"; exit 1; }

# again with NO_SEARCH=1: shards and merged dataset without the full-text index, the same records
export OUT="$work/out-bare" NO_SEARCH=1
mkdir -p "$OUT"
run_recipe
ROOT="$root" node -e '
const [merged, one] = process.argv.slice(1);
const Database = require(require.resolve("better-sqlite3", { paths: [process.env.ROOT] }));
const rows = (path, sql) => { const db = new Database(path, { readonly: true }); try { return JSON.stringify(db.prepare(sql).all()); } finally { db.close(); } };
const index = JSON.parse(rows(merged, "SELECT name FROM sqlite_master WHERE name = \x27sections_fts\x27")).length;
const records = "SELECT doc, section, category, label, value, unit, raw, context, start, status, part_of FROM indicator_records ORDER BY doc, start";
const same = rows(merged, records) === rows(one, records);
console.log(`slurm test: NO_SEARCH=1: ${index ? "the merged dataset HAS a full-text index" : "no full-text index"}, records ${same ? "same as one machine" : "DIFFERENT from one machine"}`);
process.exit(index || !same ? 1 : 0);
' "$OUT/reports.db" "$work/one.db" || { say "FAILED"; exit 1; }
say "passed: 3 shards on Slurm, merged, equal to one machine, with the full-text index and without"
