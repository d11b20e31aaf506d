/**
 * The one CSV reader and writer (RFC 4180): fields with commas, quotes or line breaks are quoted,
 * quotes inside are doubled. Reading accepts \n and \r\n line ends and a leading byte-order mark.
 *
 * Every export goes through `writeCsv`, so no cell reaches a spreadsheet as a live formula: text
 * starting with = + - @, a tab or a carriage return gets a leading apostrophe (OWASP's defence).
 * Numbers such as -5 or +3 are left alone (a number cannot be a formula). Text that already starts
 * with apostrophes before such a character gets one more, so `parseCsv` can take exactly one off
 * and an exported file imports back unchanged.
 */

const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA_START = /^'+[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

function defuseFormula(text: string) {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

function restoreFormula(text: string) {
  return ESCAPED_FORMULA_START.test(text) ? text.slice(1) : text;
}

export type CsvValue = string | number | null | undefined;

export function csvField(value: CsvValue): string {
  const text = value === null || value === undefined ? "" : defuseFormula(String(value));
  // Leading or trailing spaces are quoted so that spreadsheet programs keep them.
  return /[",;\r\n]/.test(text) || /^\s/.test(text) || /\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV text. */
export function writeCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/**
 * A CSV file to download, never cached (exports hold private figures). It starts with a byte-order
 * mark, without which spreadsheet programs read UTF-8 as a local code page and garble ə, ş and Cyrillic.
 */
export function csvDownload(csv: string, filename: string): Response {
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

export class CsvSyntaxError extends Error {
  constructor(readonly line: number) {
    super(`CSV syntax error on line ${line}`);
  }
}

/**
 * Rows of fields, with the apostrophe `writeCsv` put before a formula character taken off; a
 * trailing empty line is ignored. Throws CsvSyntaxError for an unclosed quote.
 */
export function parseCsv(input: string): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let fieldStarted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (ch === ",") {
      row.push(field);
      field = "";
      fieldStarted = false;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      fieldStarted = false;
      line++;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (quoted) throw new CsvSyntaxError(line);
  if (fieldStarted || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === "")).map((r) => r.map(restoreFormula));
}
