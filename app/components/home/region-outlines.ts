/**
 * Azerbaijan's 14 economic regions as simplified, hand-drawn shapes (longitude and latitude of a
 * few dozen border points, projected so a degree of latitude is 1.3 times a degree of longitude,
 * as on the ground at 40° N). The outlines travel once, as a cached file (routes/region-map[.]svg.ts);
 * the home page's map (region-map.tsx) draws them from it by reference.
 */
type Point = readonly [lon: number, lat: number];

const P = {
  A: [45.0, 41.25],
  B2: [45.9, 41.15],
  C: [46.45, 41.05],
  D: [46.35, 41.6],
  E: [46.7, 41.9],
  F: [47.5, 41.6],
  f2: [48.05, 41.55],
  G: [47.95, 41.3],
  H: [48.6, 41.85],
  I: [49.25, 41.15],
  J: [49.5, 40.8],
  K: [49.7, 40.6],
  L: [50.4, 40.45],
  M: [49.9, 40.3],
  N: [49.4, 40.0],
  O: [49.35, 39.5],
  Pp: [49.0, 39.2],
  Q: [48.85, 38.75],
  R: [48.87, 38.42],
  S: [48.3, 38.42],
  T: [48.0, 38.75],
  U: [48.35, 39.38],
  V: [47.98, 39.72],
  X: [46.55, 38.88],
  Y: [46.4, 39.5],
  Z: [45.9, 40.15],
  AA: [45.55, 40.55],
  AB: [45.2, 40.9],
  k2: [45.95, 40.85],
  k3: [45.8, 40.45],
  c1: [47.0, 40.85],
  c2: [47.85, 40.95],
  d1: [46.75, 40.42],
  d2: [46.0, 40.35],
  e1: [46.5, 40.3],
  e2: [46.6, 39.75],
  e3: [47.05, 39.35],
  k4: [47.35, 40.45],
  k5: [47.55, 40.05],
  k6: [47.3, 39.45],
  g1: [48.6, 41.05],
  a1: [48.95, 40.8],
  a2: [49.1, 40.35],
  b2: [49.3, 40.3],
  m1: [48.95, 40.3],
  m2: [47.95, 40.55],
  ss1: [48.6, 40.3],
  mm1: [48.45, 40.05],
  mm2: [48.5, 39.6],
  mm3: [48.2, 39.55],
} as const satisfies Record<string, Point>;
type Name = keyof typeof P;

const SHAPES: Record<string, Name[] | Point[]> = {
  "qazax-tovuz": ["A", "B2", "k2", "k3", "AA", "AB"],
  "gence-daskesen": ["B2", "C", "c1", "d1", "d2", "k3", "k2"],
  "seki-zaqatala": ["C", "D", "E", "F", "f2", "G", "c2", "c1"],
  "quba-xacmaz": ["G", "f2", "H", "I", "g1"],
  "daglig-sirvan": ["c2", "G", "g1", "a1", "a2", "m1", "ss1", "m2"],
  "abseron-xizi": ["g1", "I", "J", "K", "b2", "a2", "a1"],
  baki: ["K", "L", "M", "N", "b2"],
  "merkezi-aran": ["c1", "c2", "m2", "ss1", "mm1", "k5", "k4", "d1"],
  qarabag: ["d1", "k4", "k5", "k6", "e3", "e2", "e1"],
  "serqi-zengezur": ["d2", "e1", "e2", "e3", "X", "Y", "Z"],
  "mil-mugan": ["k5", "mm1", "mm2", "mm3", "V", "k6"],
  "sirvan-salyan": ["ss1", "m1", "N", "O", "Pp", "mm2", "mm1"],
  "lenkeran-astara": ["mm3", "mm2", "Pp", "Q", "R", "S", "T", "U"],
  naxcivan: [
    [44.8, 39.7],
    [45.3, 39.62],
    [45.8, 39.3],
    [46.15, 38.9],
    [45.9, 38.84],
    [45.4, 39.0],
    [44.9, 39.4],
  ],
};

const x = (lon: number) => Math.round((lon - 44.6) * 100);
const y = (lat: number) => Math.round((42.0 - lat) * 130);

/** Each region's outline (an SVG path) and the middle of its border points, for its dot. */
export const REGION_OUTLINES = Object.entries(SHAPES).map(([slug, shape]) => {
  const pts = shape.map((p) => (typeof p === "string" ? P[p] : p));
  return {
    slug,
    d: `M${pts.map(([lon, lat]) => `${x(lon)} ${y(lat)}`).join(" ")}Z`,
    cx: Math.round(pts.reduce((s, [lon]) => s + x(lon), 0) / pts.length),
    cy: Math.round(pts.reduce((s, [, lat]) => s + y(lat), 0) / pts.length),
  };
});

/** The outlines as one SVG file, each path under its region's slug. */
export const REGION_OUTLINES_SVG = `<svg xmlns="http://www.w3.org/2000/svg">${REGION_OUTLINES.map(({ slug, d }) => `<path id="${slug}" d="${d}"/>`).join("")}</svg>`;

/** Where the page finds them: the address changes with the outlines, so the file is kept for a year. */
export const REGION_OUTLINES_URL = `/region-map.svg?v=${[...REGION_OUTLINES_SVG].reduce((hash, c) => (Math.imul(hash, 31) + c.charCodeAt(0)) >>> 0, 7).toString(36)}`;
