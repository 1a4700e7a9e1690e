import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Integration and browser tests build real sites; they get room, but no test asserts on speed.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two cores: builds in parallel files would only fight each other.
    fileParallelism: false,
  },
});
