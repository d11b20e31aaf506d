import { describe, expect, it } from "vitest";
import { csvDownload, CsvSyntaxError, parseCsv, writeCsv } from "~/utils/csv";

describe("CSV", () => {
  it("round-trips commas, quotes, line breaks, leading signs and Unicode", () => {
    const rows = [
      ["id", "title", "note"],
      ["1", 'Bal, "dağ" balı', "line one\nline two"],
      ["2", "-5 dərəcədə saxlayın", "=SUM(A1)"],
      ["3", "", " spaced "],
      ["4", "Мёд", "crlf\r\nhere"],
    ];
    expect(parseCsv(writeCsv(rows))).toEqual(rows);
  });

  it("keeps spreadsheet formulas dead: a leading = + - @ tab or CR gets an apostrophe, plain numbers stay numbers, and reading takes it off again", () => {
    const row = ["=SUM(A1)", "+994 50", "-x", "@a", "\tb", "'=b", "''+c", "-5", "-12.50", "+3", "it's", "'plain"];
    expect(writeCsv([row])).toBe("'=SUM(A1),'+994 50,'-x,'@a,'\tb,''=b,'''+c,-5,-12.50,+3,it's,'plain\r\n");
    expect(parseCsv(writeCsv([row]))).toEqual([row]);
  });

  it("reads a byte-order mark, LF line ends and a missing final newline", () => {
    expect(parseCsv("\uFEFFa,b\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("is downloaded as a UTF-8 attachment with a byte-order mark that no cache keeps", async () => {
    const response = csvDownload(writeCsv([["a", "ə"]]), "listings.csv");
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="listings.csv"');
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    // Bytes, since text() drops a leading byte-order mark.
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(bytes.toString("utf8"))).toEqual([["a", "ə"]]);
  });

  it("reports an unclosed quote", () => {
    expect(() => parseCsv('a,b\n1,"oops\n')).toThrow(CsvSyntaxError);
  });
});
