import zlib from "node:zlib";

/**
 * The characters a WOFF2 font maps to glyphs, read from its cmap table: enough of the format
 * (W3C WOFF2 §4–5) to check what a font file really covers instead of trusting its name.
 */
export function woff2Characters(file: Buffer): Set<number> {
  if (file.toString("latin1", 0, 4) !== "wOF2") throw new Error("not a WOFF2 file");
  const numTables = file.readUInt16BE(12);
  const compressedSize = file.readUInt32BE(20);
  let offset = 48;
  const base128 = () => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = file[offset++];
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) return value;
    }
    throw new Error("bad UIntBase128");
  };
  const tables: { tag: number | string; length: number }[] = [];
  for (let i = 0; i < numTables; i++) {
    const flags = file[offset++];
    const tagIndex = flags & 0x3f;
    const transform = flags >> 6;
    let tag: number | string = tagIndex;
    if (tagIndex === 63) {
      tag = file.toString("latin1", offset, offset + 4);
      offset += 4;
    }
    const origLength = base128();
    // glyf (10) and loca (11) are transformed unless the version is 3; other tables when it is not 0.
    const transformed = tagIndex === 10 || tagIndex === 11 ? transform !== 3 : transform !== 0;
    const length = transformed ? base128() : origLength;
    tables.push({ tag, length });
  }
  const data = zlib.brotliDecompressSync(file.subarray(offset, offset + compressedSize));
  let position = 0;
  let cmap: Buffer | undefined;
  for (const table of tables) {
    if (table.tag === 0) cmap = data.subarray(position, position + table.length);
    position += table.length;
  }
  if (!cmap) throw new Error("no cmap table");
  return cmapCharacters(cmap);
}

function cmapCharacters(cmap: Buffer): Set<number> {
  const characters = new Set<number>();
  const count = cmap.readUInt16BE(2);
  for (let i = 0; i < count; i++) {
    const subtable = cmap.readUInt32BE(4 + i * 8 + 4);
    const format = cmap.readUInt16BE(subtable);
    if (format === 12) {
      const groups = cmap.readUInt32BE(subtable + 12);
      for (let g = 0; g < groups; g++) {
        const at = subtable + 16 + g * 12;
        for (let c = cmap.readUInt32BE(at); c <= cmap.readUInt32BE(at + 4); c++) characters.add(c);
      }
    } else if (format === 4) {
      const segments = cmap.readUInt16BE(subtable + 6) / 2;
      const ends = subtable + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const end = cmap.readUInt16BE(ends + s * 2);
        const start = cmap.readUInt16BE(starts + s * 2);
        const delta = cmap.readUInt16BE(deltas + s * 2);
        const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph = rangeOffset === 0 ? (c + delta) & 0xffff : cmap.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
          if (glyph !== 0) characters.add(c);
        }
      }
    }
  }
  return characters;
}
