#!/bin/bash
# Usage: INPUT=/data/crawl OUT=/data/out ./submit.sh [N]
# Submits N shard tasks and a merge job that runs once they have all ended well.
set -euo pipefail
N=${1:-3}
here=$(cd "$(dirname "$0")" && pwd)
array=$(sbatch --parsable --array=0-$((N - 1)) --export=ALL "$here/govmine-array.sbatch")
merge=$(sbatch --parsable --dependency=afterok:"$array" --export=ALL "$here/govmine-merge.sbatch")
echo "array job $array ($N tasks), merge job $merge"
