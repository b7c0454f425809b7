// Preload (node -r) for processes a test starts: exit when the test process is gone (killed, crashed),
// so a Playground is never left behind. An orphan is re-parented, which changes process.ppid.
"use strict";
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(0);
}, 1_000).unref();
