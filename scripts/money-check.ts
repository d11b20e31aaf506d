/**
 * `npm run money:check`: the money invariants over the configured database (DATABASE_URL,
 * default data/abad.db). Prints each check and exits 1 when any fails.
 */
import { checkMoney, programmeAccountBalances } from "../app/models/payments/money-check.server";
import { db, ensureDbReady } from "../app/utils/db.server";

const LABELS = {
  balanced: "every journal balances (debits = credits)",
  producerBalances: "every producer's balance equals what its orders imply",
  cardMoney: "card money in = payables + commission + refunds",
  counterMoney: "ABAD centre counter sales = counter takings in the ledger",
  refundedAndFulfilled: "no order is both refunded and fulfilled",
} as const;

await ensureDbReady();
const checks = await checkMoney();
for (const check of checks) {
  console.log(`${check.problems.length === 0 ? "ok  " : "FAIL"} ${LABELS[check.key]}`);
  for (const problem of check.problems.slice(0, 50)) console.log(`       ${problem}`);
}
for (const { account, balanceQ } of await programmeAccountBalances()) console.log(`     ${account}: ${(balanceQ / 100).toFixed(2)} AZN`);
await db.$disconnect();
const failed = checks.filter((c) => c.problems.length > 0).length;
console.log(failed === 0 ? "money: all invariants hold" : `money: ${failed} invariant(s) failed`);
process.exit(failed === 0 ? 0 : 1);
