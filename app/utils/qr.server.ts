import { encode } from "uqr";

/**
 * A QR code as one SVG path (a one-module-high rectangle per run of dark modules in a row, with the
 * quiet zone of four modules the standard asks for), drawn on the server: the page needs no script
 * and hydrates the same markup.
 */
export function qrCode(text: string): { size: number; path: string } {
  const { data } = encode(text, { ecc: "M", border: 4 });
  let path = "";
  data.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      path += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  return { size: data.length, path };
}
