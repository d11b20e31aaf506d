import { encode } from "uqr";

/**
 * A QR code as one SVG path (a 1×1 square per dark module, with the quiet zone of four modules the
 * standard asks for), drawn on the server: the page needs no script and hydrates the same markup.
 */
export function qrCode(text: string): { size: number; path: string } {
  const { data } = encode(text, { ecc: "M", border: 4 });
  let path = "";
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return { size: data.length, path };
}
