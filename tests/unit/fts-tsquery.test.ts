import { describe, expect, it } from "vitest";
import { planSearch } from "~/models/catalog/search-query";
import { ftsToTsquery } from "~/utils/sql-postgres.server";

describe("the FTS5 expression as a PostgreSQL tsquery", () => {
  it("keeps keys, prefixes, AND, OR and parentheses", () => {
    expect(ftsToTsquery(`"bal" AND ("kend" OR "kend"*)`)).toBe(`'bal' & ( 'kend' | 'kend':* )`);
  });

  it("turns a column filter into its weight on every lexeme it covers", () => {
    expect(ftsToTsquery(`{title} : ("bal" AND ("kend" OR "kend"*))`)).toBe(`( 'bal':A & ( 'kend':A | 'kend':*A ) )`);
    expect(ftsToTsquery(`{title} : ("bal") AND "ev"`)).toBe(`( 'bal':A ) & 'ev'`);
  });

  it("joins a phrase's words in order and drops what would break the syntax", () => {
    expect(ftsToTsquery(`"qara zeytun"*`)).toBe(`('qara' <-> 'zeytun':*)`);
    expect(ftsToTsquery(`"o'neil" NOT "x\\\\"`)).toBe(`'oneil' & ! 'x'`);
  });

  it("translates what the search plans", () => {
    const plan = planSearch("Şəki halvası");
    expect(plan).not.toBeNull();
    const query = ftsToTsquery(plan!.match);
    expect(query).toMatch(/^[a-z0-9':*A|&!()<>\- ]+$/);
    expect(query.split("(").length).toBe(query.split(")").length);
  });
});
