import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { dialect } from "~/utils/db.server";

// WAL, synchronous=NORMAL and foreign keys are settings of SQLite's connection: set when the
// connection opens, before Prisma sends anything, or a transaction that comes first (a server's
// outbox worker at start) would leave them unset ("Safety level may not be changed inside a
// transaction") and every prepared statement failing behind them.
describe.runIf(dialect === "sqlite")("the SQLite connection", () => {
  it("has its settings even when a process's first statement is inside a transaction", async () => {
    const { stdout } = await promisify(execFile)(path.join("node_modules", ".bin", "tsx"), [path.join("tests", "support", "first-query-in-transaction.ts")], {
      env: process.env,
    });
    expect(JSON.parse(stdout)).toEqual({ foreignKeys: 1, synchronous: 1, journalMode: "wal", prepared: "ok" });
  });
});
