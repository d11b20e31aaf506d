import sharp from "sharp";

/** A deterministic pseudo-random generator (mulberry32), so the demo data is the same on every run. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashString(text: string) {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

const PALETTES = [
  ["#f4d35e", "#ee964b", "#f95738", "#0d3b66"],
  ["#2a9d8f", "#e9c46a", "#f4a261", "#264653"],
  ["#8ab17d", "#e76f51", "#f4a261", "#2a4d14"],
  ["#b5838d", "#e5989b", "#ffb4a2", "#6d6875"],
  ["#7f5539", "#b08968", "#ddb892", "#3d2b1f"],
  ["#9b2226", "#ae2012", "#ee9b00", "#005f73"],
];

/** A colourful still life of shapes: a stand-in product photo made locally, no network. */
export function demoPicture(key: string, width = 1280, height = 960): Promise<Buffer> {
  const random = seededRandom(hashString(key));
  const palette = PALETTES[Math.floor(random() * PALETTES.length)];
  const shapes: string[] = [];
  for (let i = 0; i < 9; i++) {
    const color = palette[i % palette.length];
    const cx = Math.round(random() * width);
    const cy = Math.round(height * 0.35 + random() * height * 0.6);
    const r = Math.round(60 + random() * 180);
    shapes.push(
      random() < 0.6
        ? `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${color}" opacity="0.85"/>`
        : `<rect x="${cx - r}" y="${cy - r / 2}" width="${r * 2}" height="${r}" rx="${r / 4}" fill="${color}" opacity="0.8"/>`,
    );
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fdf6e3"/><stop offset="1" stop-color="${palette[1]}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${shapes.join("")}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}
