// Loaded into the peer relay's load generator (node --import) by Baton.Benchmarks. The generator reads
// the relay's CPU from /proc/<CPU_PID>/stat exactly twice: as streaming starts and once the last event
// has arrived. At each read this prints a mark on stderr and waits for a line on stdin, so the benchmark
// samples the relay, PostgreSQL and Redis over that same window before the generator goes on.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";

const watched = `/proc/${process.env.CPU_PID}/stat`;
const readFileSync = fs.readFileSync;

function waitForSample() {
  fs.writeSync(2, "streaming-window-mark\n");
  // Blocks until the benchmark answers with a newline (or closes stdin).
  const answer = Buffer.alloc(1);
  let read = fs.readSync(0, answer, 0, 1, null);
  while (read === 1 && answer[0] !== 0x0a)
    read = fs.readSync(0, answer, 0, 1, null);
}

fs.readFileSync = function readFileSyncMarkingTheWindow(path, ...rest) {
  if (path === watched) waitForSample();
  return readFileSync.call(this, path, ...rest);
};
// The generator imports readFileSync by name: refresh the named exports so it sees this one.
syncBuiltinESMExports();
