import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: path.join(root, "tests/support/empty.ts") },
    ],
  },
  test: {
    pool: "forks",
    // The machines have 2 cores.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["lib/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["lib/**/*.int.test.ts", "tests/integration/**/*.int.test.ts"],
          // Starts PostgreSQL (unless scripts/test.ts already did) and migrates atlas_template.
          globalSetup: ["tests/support/global-setup.ts"],
          // A fresh database per test file, cloned from atlas_template.
          setupFiles: ["tests/support/db-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
