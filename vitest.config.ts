import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Migrates one database for the whole run; each test file starts from a copy (tests/support/db.ts).
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Test files reuse their worker process, so the Slack, Teams and database libraries (and PGlite's
    // compiled WebAssembly) load once per worker instead of once per file. A test file must therefore not
    // depend on module state left by another; src keeps none besides pure caches.
    isolate: false,
    // One worker per core (the default leaves one idle): much of the suite waits on sockets, child
    // processes and timers rather than the CPU.
    maxWorkers: "100%",
  },
});
