import path from "node:path";

export const TMP_DIR = path.resolve("tests/.tmp");

/** Each `vitest run` works in its own folder, so two runs at once never share files. */
export function runDir(): string {
  const dir = process.env.ABAD_TEST_RUN_DIR;
  if (!dir) throw new Error("ABAD_TEST_RUN_DIR is set by tests/setup/global-setup.ts");
  return dir;
}
