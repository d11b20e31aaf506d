/**
 * The audit log speaks in people's words: every action and record type the code writes has a
 * translated label in all three languages (the page falls back to the raw name otherwise).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messagesByLocale } from "~/locales/index.server";

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const code = sources(path.resolve("app")).map((file) => fs.readFileSync(file, "utf8"));
const written = (pattern: RegExp) => [...new Set(code.flatMap((text) => [...text.matchAll(pattern)].map((m) => m[1])))];

describe("audit log words", () => {
  it.each(["az", "en", "ru"] as const)("labels every recorded action and record type in %s", (locale) => {
    const messages = messagesByLocale[locale] as Record<string, string>;
    // Written literally, plus the ones built from a decision (producer moves, revisions, accounts).
    const dynamic = ["producer.verify", "producer.unverify", "revision.approve", "revision.reject", "user.deactivate", "user.reactivate"];
    const actions = [...written(/recordAudit\([^)]*?action:\s*"([a-zA-Z]+\.[a-zA-Z]+)"/gs), ...written(/action:\s*"(producer\.[a-zA-Z]+)"/g), ...dynamic];
    const entities = written(/recordAudit\([^)]*?entityType:\s*"([A-Za-z]+)"/gs);
    expect(actions.length).toBeGreaterThan(15);
    expect(actions.filter((action) => !messages[`admin.audit.action.${action}`])).toEqual([]);
    expect(entities.filter((entity) => !messages[`admin.audit.entity.${entity}`])).toEqual([]);
  });
});
