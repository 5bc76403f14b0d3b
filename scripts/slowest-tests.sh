#!/usr/bin/env bash
# Prints the test classes that took longest in a `dotnet test` log written with the console logger at
# normal verbosity (one "Passed/Failed Name [duration]" line per test), so the suite's time stays visible.
# Usage: scripts/slowest-tests.sh LOG [COUNT]
set -euo pipefail
log=$1
count=${2:-12}

sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '
  /^ +(Passed|Failed) [A-Za-z0-9_.]+.* \[[0-9 hmsm<]+\]$/ {
    name = $2; sub(/\(.*/, "", name)
    n = split(name, parts, "."); class = parts[n - 1]
    duration = $0; sub(/.*\[/, "", duration); sub(/\]$/, "", duration)
    seconds = 0; k = split(duration, bits, " ")
    for (i = 1; i < k; i += 2) {
      unit = bits[i + 1]
      seconds += bits[i] * (unit == "h" ? 3600 : unit == "m" ? 60 : unit == "s" ? 1 : unit == "ms" ? 0.001 : 0)
    }
    total[class] += seconds; tests[class]++
  }
  END { for (c in total) printf "%7.1f s  %3d tests  %s\n", total[c], tests[c], c }
' | sort -rn | sed -n "1,${count}p"
