import { defineConfig } from 'vitest/config';

// Three projects: unit tests need no database; integration tests share one Neo4j started by the global setup
// (a managed instance in its own temporary folder and port, or NEO4J_URI when given); system tests (whole processes,
// a browser, client examples, fuzzing) run after both, against a Neo4j of their own, so their load and their
// processes never overlap the integration files' timing-free but busy work.
/** Whole-process, browser, client-example and fuzz tests: the system project. */
const SYSTEM_TESTS = [
  'tests/integration/failures.test.ts',
  'tests/integration/fuzz-*.test.ts',
  'tests/integration/explorer.test.ts',
  'tests/integration/examples.test.ts',
];

export default defineConfig({
  // Pothos loads graphql's CommonJS build; point our imports at the same copy (one graphql realm).
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    // Tests assert on answers, not on log lines; LOG_LEVEL=info npm test shows them.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          sequence: { groupOrder: 0 },
          environment: 'node',
          // A guard against hangs, not a speed check: on a loaded 2-core machine a property test or a child process
          // can take several times its quiet-machine time.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          exclude: SYSTEM_TESTS,
          // Its own group after unit's: a project with one worker may not share a group number with a parallel one
          // (and one without a number would run after every numbered group, after system's).
          sequence: { groupOrder: 1 },
          environment: 'node',
          globalSetup: ['tests/integration/global-setup.ts'],
          // One database for the whole run: files run one after another so each can own the data it asserts on.
          fileParallelism: false,
          // Hang guards, not speed checks: property tests import many studies, and a loaded 2-core machine runs them
          // several times slower than a quiet one.
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'system',
          include: SYSTEM_TESTS,
          environment: 'node',
          globalSetup: ['tests/integration/global-setup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
