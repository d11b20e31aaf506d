/**
 * Demo illustrations drawn as SVG: one per product (what it is, recognisably: a honey jar, a
 * Qazax-patterned carpet, a kəlağayı, a copper pot, a guesthouse, a mountain trail...), a family
 * portrait per producer and a landscape per economic region. Every parameter (colours, pattern,
 * how many, where) comes from a hash of the product's or family's key, so each picture is its own
 * and the demo data is the same on every run. The seed sends the SVGs through the same sharp
 * pipeline as uploads.
 */
import { hashString, seededRandom } from "./pictures";

export const W = 960;
export const H = 720;

type Rand = () => number;
const pick = <T>(r: Rand, items: readonly T[]) => items[Math.floor(r() * items.length)];
const between = (r: Rand, a: number, b: number) => a + r() * (b - a);
const n = (x: number) => Math.round(x * 10) / 10;

const WALLS = ["#f3e6d3", "#efe0cc", "#f5ecdf", "#eadbc6", "#f1e3d8", "#e9e1d0"];
const CLOTHS = ["#8c2a2e", "#223e66", "#2f5d50", "#7a4d1f", "#5a2d4f", "#a0522d"];
const CARPET_REDS = ["#9e2b25", "#b0362c", "#8c2a2e", "#a33b2a"];
const CARPET_GROUNDS = ["#9e2b25", "#223e66", "#2f5d50", "#b0362c", "#3b2a5a", "#7a2a1f"];
const CARPET_ACCENTS = ["#f1e4c8", "#e0b04a", "#2f6d8c", "#3d7a4f", "#c9762a", "#f0d9a8"];
const SILK = ["#8c1f2a", "#1f2f4f", "#2d5a3c", "#c8902e", "#5a2448", "#b8432f", "#0f3b3a"];

/** A still-life stage: a warm wall, a tabletop and an embroidered cloth, in the product's colours. */
function stage(r: Rand, inner: string, cloth = pick(r, CLOTHS)) {
  const wall = pick(r, WALLS);
  const table = pick(r, ["#c89b6d", "#b98a5e", "#d2a679", "#a87a52"]);
  return `<rect width="${W}" height="${H}" fill="${wall}"/>
  <circle cx="${n(between(r, 120, 840))}" cy="${n(between(r, 80, 200))}" r="${n(between(r, 140, 260))}" fill="#fff" opacity=".25"/>
  <rect y="${H * 0.68}" width="${W}" height="${H * 0.32}" fill="${table}"/>
  <rect y="${H * 0.68}" width="${W}" height="8" fill="#000" opacity=".08"/>
  <path d="M120 ${H * 0.74} L840 ${H * 0.74} L880 ${H * 0.95} L80 ${H * 0.95} Z" fill="${cloth}" opacity=".9"/>
  <path d="M120 ${H * 0.76} L840 ${H * 0.76}" stroke="#f1e4c8" stroke-width="4" stroke-dasharray="14 10" opacity=".7"/>
  ${inner}`;
}

/** A buta: the almond-shaped flame of Azerbaijani textiles, centred on (x, y). */
function buta(x: number, y: number, size: number, fill: string, rotate = 0, stroke = "none") {
  const s = size / 100;
  return `<path transform="translate(${n(x)} ${n(y)}) rotate(${n(rotate)}) scale(${n(s * 100) / 100})" d="M0 50 C-38 50 -46 8 -22 -20 C-6 -40 18 -42 26 -58 C30 -30 46 -12 40 16 C34 40 18 50 0 50 Z" fill="${fill}" stroke="${stroke}" stroke-width="4"/>`;
}

function jar(r: Rand, fill: string, opts: { label?: string; lid?: string; contents?: string; x?: number; scale?: number } = {}) {
  const x = opts.x ?? 480;
  const s = opts.scale ?? 1;
  const lid = opts.lid ?? pick(r, ["#c8902e", "#8c2a2e", "#223e66", "#6b6b6b"]);
  const label = opts.label ?? pick(r, ["#f5ecdf", "#fff7e6", "#efe3cf"]);
  return `<g transform="translate(${x} 500) scale(${s})">
    <ellipse cx="0" cy="30" rx="150" ry="18" fill="#000" opacity=".15"/>
    <path d="M-120 -200 Q-140 -190 -140 -160 L-140 0 Q-140 30 -110 30 L110 30 Q140 30 140 0 L140 -160 Q140 -190 120 -200 Z" fill="${fill}"/>
    ${opts.contents ?? ""}
    <path d="M-100 -180 Q-118 -170 -118 -140 L-118 -30" stroke="#fff" stroke-width="14" stroke-linecap="round" opacity=".35" fill="none"/>
    <rect x="-128" y="-250" width="256" height="56" rx="10" fill="${lid}"/>
    <rect x="-128" y="-250" width="256" height="14" rx="7" fill="#fff" opacity=".2"/>
    <path d="M-150 -242 L-95 -275 L-40 -242" fill="#f1e4c8" opacity=".9"/>
    <rect x="-95" y="-130" width="190" height="110" rx="8" fill="${label}"/>
    ${buta(0, -75, 40, lid)}
    <path d="M-70 -40 H70" stroke="${lid}" stroke-width="5"/>
  </g>`;
}

function bottle(r: Rand, fill: string, x = 480, scale = 1) {
  const label = pick(r, ["#f5ecdf", "#fff7e6", "#efe3cf"]);
  const cap = pick(r, ["#c8902e", "#1f1f1f", "#8c2a2e"]);
  return `<g transform="translate(${x} 520) scale(${scale})">
    <ellipse cx="0" cy="10" rx="110" ry="14" fill="#000" opacity=".15"/>
    <path d="M-26 -400 L26 -400 L26 -310 Q100 -270 100 -200 L100 0 Q100 14 86 14 L-86 14 Q-100 14 -100 0 L-100 -200 Q-100 -270 -26 -310 Z" fill="${fill}"/>
    <path d="M-76 -200 L-76 -20" stroke="#fff" stroke-width="12" stroke-linecap="round" opacity=".3"/>
    <rect x="-30" y="-430" width="60" height="40" rx="6" fill="${cap}"/>
    <rect x="-80" y="-170" width="160" height="120" rx="10" fill="${label}"/>
    ${buta(0, -112, 42, fill)}
  </g>`;
}

// ── fruit and vegetables ────────────────────────────────────────────────────────────────

type FruitKind =
  | "apple"
  | "pomegranate"
  | "grape"
  | "fig"
  | "quince"
  | "persimmon"
  | "lemon"
  | "tangerine"
  | "kiwi"
  | "feijoa"
  | "melon"
  | "watermelon"
  | "pear"
  | "olive"
  | "tomato"
  | "onion"
  | "apricot"
  | "mulberry"
  | "hazelnut"
  | "walnut"
  | "chestnut"
  | "cherry"
  | "plum"
  | "raisin";

const FRUIT_COLOURS: Record<FruitKind, string[]> = {
  apple: ["#c0392b", "#d94f30", "#e2b13c", "#8fb339"],
  pomegranate: ["#a3172b", "#b8232f", "#8e1420"],
  grape: ["#5b2a5e", "#3e2146", "#b7c65a", "#d9d47a"],
  fig: ["#5e3a5e", "#6b4270", "#8a6a3a"],
  quince: ["#e6c23a", "#d9b431"],
  persimmon: ["#e8742a", "#f08a24"],
  lemon: ["#f1d13a", "#f4dc4c"],
  tangerine: ["#f08a24", "#ee7b1b"],
  kiwi: ["#7a5a32", "#8b6a3e"],
  feijoa: ["#5f8f3a", "#6d9b43"],
  melon: ["#e8c45a", "#d8b64a"],
  watermelon: ["#3d7a3a", "#2f6b34"],
  pear: ["#c9c23a", "#b5b83a", "#d6a640"],
  olive: ["#4d5a25", "#3b3f1c", "#6b7a2f"],
  tomato: ["#d63a25", "#c62f1e"],
  onion: ["#8e2a4a", "#a33a5a"],
  apricot: ["#f0a43a", "#e8913a"],
  mulberry: ["#3a1830", "#f1ead0"],
  hazelnut: ["#9a6a3a", "#a8743f"],
  walnut: ["#b08a5a", "#a07a4a"],
  chestnut: ["#6e3b1f", "#7a4423"],
  cherry: ["#f0d07a", "#b8202a"],
  plum: ["#6b2a4a", "#c8a23a"],
  raisin: ["#6a4a2a", "#c89a4a"],
};

function fruit(r: Rand, kind: FruitKind, x: number, y: number, size: number, colour: string) {
  const leaf = `<path d="M${n(x)} ${n(y - size)} q${n(size * 0.5)} ${n(-size * 0.5)} ${n(size * 0.9)} ${n(-size * 0.2)} q${n(-size * 0.4)} ${n(size * 0.5)} ${n(-size * 0.9)} ${n(size * 0.2)}Z" fill="#4f7a32"/>`;
  const shine = `<ellipse cx="${n(x - size * 0.35)}" cy="${n(y - size * 0.35)}" rx="${n(size * 0.18)}" ry="${n(size * 0.28)}" fill="#fff" opacity=".35" transform="rotate(-30 ${n(x - size * 0.35)} ${n(y - size * 0.35)})"/>`;
  switch (kind) {
    case "grape":
    case "mulberry":
    case "raisin": {
      let out = kind === "grape" ? `<path d="M${n(x)} ${n(y - size * 1.3)} v${n(size * 0.3)}" stroke="#5a3a1a" stroke-width="6"/>${leaf}` : "";
      const s = kind === "grape" ? size * 0.28 : size * 0.22;
      for (let row = 0; row < 4; row++)
        for (let i = 0; i <= 3 - row; i++)
          out += `<circle cx="${n(x + (i - (3 - row) / 2) * s * 1.8)}" cy="${n(y - size + row * s * 1.6)}" r="${n(s)}" fill="${colour}" stroke="#000" stroke-opacity=".15" stroke-width="2"/>`;
      return out;
    }
    case "pomegranate":
      return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(size)}" fill="${colour}"/>
        <path d="M${n(x - size * 0.25)} ${n(y - size * 0.9)} l${n(size * 0.08)} ${n(-size * 0.3)} l${n(size * 0.1)} ${n(size * 0.15)} l${n(size * 0.07)} ${n(-size * 0.2)} l${n(size * 0.07)} ${n(size * 0.2)} l${n(size * 0.1)} ${n(-size * 0.15)} l${n(size * 0.08)} ${n(size * 0.3)}Z" fill="${colour}"/>${shine}`;
    case "watermelon":
      return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(size * 1.3)}" ry="${n(size)}" fill="${colour}"/>
        ${[-0.8, -0.4, 0, 0.4, 0.8].map((d) => `<path d="M${n(x + d * size)} ${n(y - size * 0.95)} q${n(size * 0.25)} ${n(size * 0.95)} 0 ${n(size * 1.9)}" stroke="#1f4a1f" stroke-width="${n(size * 0.12)}" fill="none"/>`).join("")}`;
    case "melon":
      return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(size * 1.35)}" ry="${n(size)}" fill="${colour}"/>
        <path d="M${n(x - size)} ${n(y - size * 0.4)} q${n(size)} ${n(size * 0.5)} ${n(size * 2)} 0 M${n(x - size)} ${n(y + size * 0.3)} q${n(size)} ${n(-size * 0.5)} ${n(size * 2)} 0" stroke="#a8893a" stroke-width="5" fill="none"/>${shine}`;
    case "lemon":
    case "feijoa":
    case "olive":
      return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(size * 1.15)}" ry="${n(size * 0.8)}" fill="${colour}" transform="rotate(${n(between(r, -25, 25))} ${n(x)} ${n(y)})"/>${kind === "lemon" ? leaf : ""}${shine}`;
    case "pear":
    case "fig":
    case "quince":
      return `<path d="M${n(x)} ${n(y - size * 1.2)} c${n(size * 0.35)} 0 ${n(size * 0.35)} ${n(size * 0.6)} ${n(size * 0.55)} ${n(size * 0.85)} c${n(size * 0.55)} ${n(size * 0.4)} ${n(size * 0.5)} ${n(size * 1.35)} ${n(-size * 0.55)} ${n(size * 1.35)} c${n(-size * 1.05)} 0 ${n(-size * 1.1)} ${n(-size * 0.95)} ${n(-size * 0.55)} ${n(-size * 1.35)} c${n(size * 0.2)} ${n(-size * 0.25)} ${n(size * 0.2)} ${n(-size * 0.85)} ${n(size * 0.55)} ${n(-size * 0.85)}Z" fill="${colour}"/>${kind !== "fig" ? leaf : ""}${shine}`;
    case "kiwi":
      return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(size * 1.05)}" ry="${n(size * 0.85)}" fill="${colour}"/>
        <ellipse cx="${n(x + size * 0.5)}" cy="${n(y + size * 0.1)}" rx="${n(size * 0.6)}" ry="${n(size * 0.65)}" fill="#8db83a" stroke="${colour}" stroke-width="6"/>
        <ellipse cx="${n(x + size * 0.5)}" cy="${n(y + size * 0.1)}" rx="${n(size * 0.18)}" ry="${n(size * 0.22)}" fill="#f1efc8"/>`;
    case "hazelnut":
    case "walnut":
    case "chestnut":
      return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(size * 0.9)}" ry="${n(size * (kind === "walnut" ? 0.85 : 0.75))}" fill="${colour}" stroke="#3d2a1a" stroke-opacity=".35" stroke-width="3"/>
        ${kind === "walnut" ? `<path d="M${n(x)} ${n(y - size * 0.8)} v${n(size * 1.6)}" stroke="#6a4a2a" stroke-width="3"/>` : `<path d="M${n(x - size * 0.6)} ${n(y - size * 0.45)} q${n(size * 0.6)} ${n(-size * 0.4)} ${n(size * 1.2)} 0" stroke="#e0c8a0" stroke-width="4" fill="none"/>`}`;
    default:
      return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(size)}" fill="${colour}"/>${kind === "onion" ? `<path d="M${n(x)} ${n(y - size)} q${n(size * 0.1)} ${n(-size * 0.5)} ${n(size * 0.3)} ${n(-size * 0.6)}" stroke="#c8a86a" stroke-width="5" fill="none"/>` : kind === "tomato" || kind === "persimmon" ? `<path d="M${n(x - size * 0.35)} ${n(y - size * 0.9)} l${n(size * 0.35)} ${n(size * 0.2)} l${n(size * 0.35)} ${n(-size * 0.2)} l${n(-size * 0.2)} ${n(size * 0.3)}Z" fill="#3f6a2a"/>` : leaf}${shine}`;
  }
}

/** A basket or bowl heaped with fruit, sizes and placement from the product's hash. */
function fruitBasket(r: Rand, kind: FruitKind, vessel: "basket" | "bowl" | "crate") {
  const colours = FRUIT_COLOURS[kind];
  const big = kind === "watermelon" || kind === "melon";
  const small = ["hazelnut", "walnut", "chestnut", "olive", "cherry", "plum", "raisin", "mulberry", "apricot"].includes(kind);
  const size = big ? 105 : small ? between(r, 26, 34) : between(r, 52, 66);
  const count = big ? 3 : small ? 22 : 7;
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    const row = small ? Math.floor(i / 7) : big ? Math.floor(i / 2) : Math.floor(i / 4);
    const perRow = small ? 7 : big ? 2 : 4;
    const col = i % perRow;
    const x = 480 + (col - (perRow - 1) / 2) * size * (big ? 2.4 : 1.8) + between(r, -8, 8) + (row % 2) * size * 0.6;
    const y = 420 - row * size * 1.25 + between(r, -10, 10);
    items.push(fruit(r, kind, x, y, size, pick(r, colours)));
  }
  const rim = pick(r, ["#b07a3a", "#9a6a30", "#c8902e"]);
  const vesselSvg =
    vessel === "basket"
      ? `<path d="M190 420 L770 420 L720 560 Q480 600 240 560 Z" fill="${rim}"/>
         ${Array.from({ length: 9 }, (_, i) => `<path d="M${230 + i * 60} 425 L${250 + i * 55} 570" stroke="#6e4a20" stroke-width="6" opacity=".5"/>`).join("")}
         <path d="M200 430 Q480 470 760 430" stroke="#6e4a20" stroke-width="10" fill="none" opacity=".5"/>`
      : vessel === "crate"
        ? `<rect x="210" y="420" width="540" height="150" rx="6" fill="#b98a4e"/>
           <path d="M210 470 H750 M210 520 H750" stroke="#7a5a30" stroke-width="8"/>`
        : `<path d="M210 430 Q480 640 750 430 Z" fill="${pick(r, ["#2f5d8c", "#8c2a2e", "#3d7a4f", "#f1e4c8"])}"/>
           <path d="M250 455 Q480 600 710 455" stroke="#f1e4c8" stroke-width="6" fill="none" stroke-dasharray="2 14" stroke-linecap="round"/>`;
  return items.reverse().join("") + vesselSvg;
}

// ── crafts ──────────────────────────────────────────────────────────────────────────────

/** A stepped octagon (a Qazax "göl"), the heart of a carpet's field. */
function gol(cx: number, cy: number, w: number, h: number, fill: string, inner: string, accent: string) {
  const step = w / 6;
  const pts = [
    [-w / 2 + step, -h / 2],
    [w / 2 - step, -h / 2],
    [w / 2 - step, -h / 2 + step],
    [w / 2, -h / 2 + step],
    [w / 2, h / 2 - step],
    [w / 2 - step, h / 2 - step],
    [w / 2 - step, h / 2],
    [-w / 2 + step, h / 2],
    [-w / 2 + step, h / 2 - step],
    [-w / 2, h / 2 - step],
    [-w / 2, -h / 2 + step],
    [-w / 2 + step, -h / 2 + step],
  ];
  const path = (k: number) => pts.map(([x, y], i) => `${i ? "L" : "M"}${n(cx + x * k)} ${n(cy + y * k)}`).join(" ") + "Z";
  return `<path d="${path(1)}" fill="${fill}"/><path d="${path(0.68)}" fill="${inner}"/>
    <path d="M${n(cx)} ${n(cy - h * 0.22)} L${n(cx + w * 0.16)} ${n(cy)} L${n(cx)} ${n(cy + h * 0.22)} L${n(cx - w * 0.16)} ${n(cy)}Z" fill="${accent}"/>
    ${[-1, 1].map((d) => `<path d="M${n(cx + d * w * 0.5)} ${n(cy)} h${n(d * w * 0.12)} v${n(-h * 0.1)}" stroke="${fill}" stroke-width="${n(w * 0.05)}" fill="none"/>`).join("")}`;
}

/** A carpet lying at an angle on the floor: stepped border, ground colour and one to three göls. */
function carpet(r: Rand, kind: "carpet" | "rug" = "carpet") {
  const ground = pick(r, CARPET_GROUNDS);
  const border = pick(r, CARPET_REDS.filter((c) => c !== ground).concat("#223e66"));
  const accent = pick(r, CARPET_ACCENTS);
  const accent2 = pick(
    r,
    CARPET_ACCENTS.filter((c) => c !== accent),
  );
  const gols = kind === "rug" ? 1 : 1 + Math.floor(r() * 3);
  const cw = 520;
  const ch = 640;
  let field = "";
  for (let i = 0; i < gols; i++) {
    const cy = -ch / 2 + 110 + ((ch - 220) / Math.max(1, gols)) * (i + 0.5);
    field += gol(0, cy, 250, Math.min(220, (ch - 220) / gols), accent, i % 2 ? accent2 : border, i % 2 ? border : accent2);
  }
  for (let i = 0; i < 6; i++) field += buta(pick(r, [-170, 170]), -220 + i * 85, 36, accent2, r() * 360);
  const teeth = Array.from(
    { length: 13 },
    (_, i) => `<path d="M${-cw / 2 + 20 + i * 37} ${-ch / 2 + 18} l18 22 l18 -22" fill="none" stroke="${accent}" stroke-width="6"/>`,
  ).join("");
  const teethB = Array.from(
    { length: 13 },
    (_, i) => `<path d="M${-cw / 2 + 20 + i * 37} ${ch / 2 - 18} l18 -22 l18 22" fill="none" stroke="${accent}" stroke-width="6"/>`,
  ).join("");
  const fringe = Array.from(
    { length: 26 },
    (_, i) => `<path d="M${-cw / 2 + 10 + i * 19.5} ${ch / 2} v26 M${-cw / 2 + 10 + i * 19.5} ${-ch / 2} v-26" stroke="#efe3cc" stroke-width="5"/>`,
  ).join("");
  return `<rect width="${W}" height="${H}" fill="${pick(r, ["#e9dcc8", "#efe3d2", "#e4d6c0"])}"/>
    <path d="M0 ${H * 0.15} H${W}" stroke="#000" opacity=".05" stroke-width="2"/>
    <g transform="translate(480 370) rotate(${n(between(r, -12, 12))}) scale(.98 ${n(between(r, 0.82, 0.92))})">
      <rect x="${-cw / 2 + 12}" y="${-ch / 2 + 14}" width="${cw}" height="${ch}" fill="#000" opacity=".18"/>
      ${fringe}
      <rect x="${-cw / 2}" y="${-ch / 2}" width="${cw}" height="${ch}" fill="${border}"/>
      ${teeth}${teethB}
      <rect x="${-cw / 2 + 56}" y="${-ch / 2 + 56}" width="${cw - 112}" height="${ch - 112}" fill="${ground}" stroke="${accent}" stroke-width="6"/>
      ${field}
    </g>`;
}

/** A kəlağayı: a square silk scarf, printed with butas round a central medallion, one corner folded. */
function kelagayi(r: Rand) {
  const ground = pick(r, SILK);
  const print = pick(r, ["#f1e4c8", "#e0b04a", "#f5d7a1", "#ffffff"]);
  const second = pick(
    r,
    ["#c8902e", "#8c2a2e", "#1f2f4f", "#3d7a4f"].filter((c) => c !== ground),
  );
  let motifs = "";
  for (let row = 0; row < 5; row++)
    for (let col = 0; col < 5; col++) {
      if (row === 2 && col === 2) continue;
      motifs += buta(-240 + col * 120, -240 + row * 120, 46, (row + col) % 2 ? print : second, (row * 5 + col) * 35);
    }
  const fringe = Array.from({ length: 30 }, (_, i) => `<path d="M${-300 + i * 20.7} 300 v18" stroke="${ground}" stroke-width="4"/>`).join("");
  return `<rect width="${W}" height="${H}" fill="${pick(r, ["#efe6da", "#e8ddd0", "#f2e9dc"])}"/>
    <g transform="translate(480 350) rotate(${n(between(r, 30, 60))}) scale(.92)">
      <rect x="-290" y="-290" width="600" height="600" fill="#000" opacity=".15"/>
      <rect x="-300" y="-300" width="600" height="600" fill="${ground}"/>
      <rect x="-280" y="-280" width="560" height="560" fill="none" stroke="${print}" stroke-width="6" stroke-dasharray="24 10"/>
      ${motifs}
      <circle r="90" fill="${print}"/><circle r="64" fill="${ground}"/>
      ${[0, 60, 120, 180, 240, 300].map((a) => buta(Math.cos((a * Math.PI) / 180) * 38, Math.sin((a * Math.PI) / 180) * 38, 26, second, a)).join("")}
      ${fringe}
      <path d="M300 300 L300 120 L120 300 Z" fill="${print}" opacity=".55"/>
    </g>`;
}

/** Hammered copper: a qazan (pot), a jug or a tray, with engraved bands. */
function copper(r: Rand, form: "pot" | "jug" | "tray") {
  const base = pick(r, ["#b5652f", "#c0713a", "#a85a2a"]);
  const light = "#e8a66a";
  const dots = Array.from(
    { length: 40 },
    () => `<circle cx="${n(between(r, -150, 150))}" cy="${n(between(r, -140, 40))}" r="${n(between(r, 3, 7))}" fill="#fff" opacity=".18"/>`,
  ).join("");
  const band = `<path d="M-160 -60 Q0 -40 160 -60" stroke="#6e3416" stroke-width="4" fill="none"/>
    <path d="M-160 -20 Q0 0 160 -20" stroke="#6e3416" stroke-width="4" fill="none"/>
    ${Array.from({ length: 8 }, (_, i) => `<path d="M${-140 + i * 40} -52 l10 16 l10 -16" stroke="#6e3416" stroke-width="3" fill="none"/>`).join("")}`;
  if (form === "tray") {
    return stage(
      r,
      `<g transform="translate(480 430) scale(1 .45)">
      <circle r="290" fill="${base}"/><circle r="250" fill="${light}" opacity=".45"/>
      <circle r="250" fill="none" stroke="#6e3416" stroke-width="6"/>
      ${Array.from({ length: 12 }, (_, i) => buta(Math.cos((i * Math.PI) / 6) * 190, Math.sin((i * Math.PI) / 6) * 190, 50, "#6e3416", i * 30 + 90)).join("")}
      <circle r="70" fill="none" stroke="#6e3416" stroke-width="8"/></g>`,
    );
  }
  if (form === "jug") {
    return stage(
      r,
      `<g transform="translate(480 500)">
      <ellipse cy="20" rx="150" ry="18" fill="#000" opacity=".15"/>
      <path d="M-60 -380 L60 -380 L50 -300 Q170 -250 160 -80 Q150 20 0 20 Q-150 20 -160 -80 Q-170 -250 -50 -300 Z" fill="${base}"/>
      <path d="M150 -220 Q260 -220 230 -80 Q220 -30 150 -40" stroke="${base}" stroke-width="22" fill="none"/>
      <path d="M-60 -380 L-130 -430" stroke="${base}" stroke-width="26" stroke-linecap="round"/>
      ${band}${dots}
      <path d="M-110 -240 Q-140 -140 -110 -40" stroke="#fff" stroke-width="16" stroke-linecap="round" opacity=".3" fill="none"/>
    </g>`,
    );
  }
  return stage(
    r,
    `<g transform="translate(480 500)">
    <ellipse cy="20" rx="200" ry="20" fill="#000" opacity=".15"/>
    <path d="M-200 -190 L200 -190 Q230 -20 130 20 L-130 20 Q-230 -20 -200 -190 Z" fill="${base}"/>
    <ellipse cy="-190" rx="200" ry="36" fill="#7a3a18"/><ellipse cy="-196" rx="176" ry="26" fill="#4a2410"/>
    <path d="M-200 -170 Q-260 -170 -250 -120 M200 -170 Q260 -170 250 -120" stroke="#7a3a18" stroke-width="16" fill="none" stroke-linecap="round"/>
    ${band}${dots}
    <path d="M-160 -140 Q-170 -60 -120 -10" stroke="#fff" stroke-width="16" stroke-linecap="round" opacity=".3" fill="none"/>
  </g>`,
  );
}

function ceramics(r: Rand, teapot: boolean) {
  const glaze = pick(r, ["#2f5d8c", "#1f6f78", "#f1e4c8", "#8c2a2e"]);
  const paint = glaze === "#f1e4c8" ? "#2f5d8c" : "#f1e4c8";
  if (!teapot)
    return stage(
      r,
      `<g transform="translate(480 480)">
      <ellipse cy="40" rx="220" ry="24" fill="#000" opacity=".15"/>
      <path d="M-240 -120 Q0 -100 240 -120 Q220 40 0 40 Q-220 40 -240 -120 Z" fill="${glaze}"/>
      <ellipse cy="-120" rx="240" ry="40" fill="${paint}"/><ellipse cy="-118" rx="210" ry="28" fill="${glaze}" opacity=".7"/>
      ${[-150, -75, 0, 75, 150].map((x, i) => buta(x, -40, 44, paint, i * 20 - 40)).join("")}
    </g>`,
    );
  return stage(
    r,
    `<g transform="translate(480 500)">
    <ellipse cy="20" rx="180" ry="20" fill="#000" opacity=".15"/>
    <path d="M-170 -120 Q-180 20 0 20 Q180 20 170 -120 Q150 -230 0 -230 Q-150 -230 -170 -120 Z" fill="${glaze}"/>
    <path d="M160 -120 Q260 -150 280 -250" stroke="${glaze}" stroke-width="28" fill="none" stroke-linecap="round"/>
    <path d="M-165 -150 Q-270 -140 -230 -40 Q-210 0 -160 -40" stroke="${glaze}" stroke-width="20" fill="none"/>
    <ellipse cy="-230" rx="90" ry="20" fill="${paint}"/><circle cy="-265" r="20" fill="${paint}"/>
    ${[-90, 0, 90].map((x, i) => buta(x, -110, 60, paint, i * 30 - 30)).join("")}
    <path d="M-150 -40 Q0 -10 150 -40" stroke="${paint}" stroke-width="6" fill="none"/>
  </g>`,
  );
}

function woodwork(r: Rand) {
  const wood = pick(r, ["#8a5a2e", "#a06a36", "#6e4423"]);
  const cut = "#4a2a12";
  let carving = "";
  for (let i = 0; i < 6; i++) carving += gol(-225 + i * 90, 0, 70, 70, cut, wood, cut);
  return stage(
    r,
    `<g transform="translate(480 470)">
    <ellipse cy="100" rx="320" ry="24" fill="#000" opacity=".15"/>
    <rect x="-300" y="-60" width="600" height="160" rx="8" fill="${wood}"/>
    <path d="M-300 -60 L-250 -140 L350 -140 L300 -60 Z" fill="${wood}" opacity=".85"/>
    <path d="M300 -60 L350 -140 L350 60 L300 100 Z" fill="${cut}" opacity=".45"/>
    <g transform="translate(0 20)">${carving}</g>
    <path d="M-250 -120 L330 -120" stroke="${cut}" stroke-width="4" stroke-dasharray="16 10"/>
  </g>`,
  );
}

/** Təkəldüz embroidery: a hoop on velvet with a stitched flowering branch. */
function embroidery(r: Rand) {
  const velvet = pick(r, ["#2a1f4a", "#5a1f2f", "#1f3a2f", "#111b33"]);
  const thread = pick(r, ["#e0b04a", "#f1e4c8", "#d8a24a"]);
  const petals = pick(r, ["#c8433a", "#e08a3a", "#4a8fc8", "#d86a8a"]);
  const flowers = Array.from({ length: 5 }, (_, i) => {
    const a = (i / 5) * Math.PI * 2 + r();
    const x = Math.cos(a) * 120;
    const y = Math.sin(a) * 120;
    return `<g transform="translate(${n(x)} ${n(y)})">${[0, 72, 144, 216, 288].map((d) => `<ellipse rx="14" ry="30" cy="-26" fill="${petals}" transform="rotate(${d})"/>`).join("")}<circle r="12" fill="${thread}"/></g>`;
  }).join("");
  return stage(
    r,
    `<g transform="translate(480 380)">
    <circle r="250" fill="#000" opacity=".15" cx="10" cy="14"/>
    <circle r="250" fill="${velvet}"/>
    <circle r="250" fill="none" stroke="#c89b6d" stroke-width="22"/>
    <rect x="-20" y="-290" width="40" height="40" rx="6" fill="#b98a5e"/>
    <path d="M-160 140 Q-40 20 0 -40 T160 -150" stroke="${thread}" stroke-width="8" fill="none"/>
    ${buta(0, 0, 110, "none", 20, thread)}
    ${flowers}
  </g>`,
  );
}

// ── food ────────────────────────────────────────────────────────────────────────────────

function honey(r: Rand, comb: boolean) {
  const amber = pick(r, ["#d9921f", "#c77d12", "#e3a93a", "#b86a0e"]);
  const honeycomb = Array.from({ length: 7 }, (_, i) => {
    const x = 150 + (i % 4) * 52 + (Math.floor(i / 4) % 2) * 26;
    const y = 560 + Math.floor(i / 4) * 45;
    return `<path d="M${x} ${y - 30} l26 15 v30 l-26 15 l-26 -15 v-30Z" fill="${amber}" stroke="#8a5a0e" stroke-width="4"/>`;
  }).join("");
  const dipper = `<g transform="translate(760 470) rotate(30)"><rect x="-8" y="-220" width="16" height="200" rx="8" fill="#8a5a2e"/>
    ${[0, 1, 2, 3].map((i) => `<ellipse cy="${-10 + i * 16}" rx="${34 - Math.abs(i - 1.5) * 6}" ry="9" fill="#a06a36"/>`).join("")}</g>`;
  return stage(r, jar(r, amber, { contents: comb ? `<path d="M-110 -150 h80 l20 40 h-100Z" fill="#f0c050" opacity=".7"/>` : "" }) + honeycomb + dipper);
}

function preserves(r: Rand, fruitKind: FruitKind, colour: string) {
  const spoon = `<g transform="translate(250 600) rotate(-20)"><ellipse rx="46" ry="30" fill="#c8c8c8"/><ellipse rx="36" ry="20" fill="${colour}"/><rect x="40" y="-6" width="200" height="12" rx="6" fill="#c8c8c8"/></g>`;
  return stage(
    r,
    jar(r, colour, {
      contents: Array.from(
        { length: 6 },
        () => `<circle cx="${n(between(r, -100, 100))}" cy="${n(between(r, -170, -20))}" r="${n(between(r, 14, 26))}" fill="#000" opacity=".15"/>`,
      ).join(""),
    }) +
      spoon +
      fruit(r, fruitKind, 760, 560, 48, pick(r, FRUIT_COLOURS[fruitKind])),
  );
}

function pickles(r: Rand, what: string) {
  const brine = pick(r, ["#c8c86a", "#b8bf6a", "#d2c27a"]);
  const inside = Array.from({ length: 9 }, () => {
    const x = between(r, -100, 100);
    const y = between(r, -180, -10);
    const kinds: Record<string, string> = {
      pepper: `<path d="M${n(x)} ${n(y - 40)} q30 40 0 90 q-20 -45 0 -90Z" fill="${pick(r, ["#c8302a", "#4f8a2a", "#e0a02a"])}"/>`,
      garlic: `<circle cx="${n(x)}" cy="${n(y)}" r="24" fill="#f1e8d8" stroke="#b8a88a" stroke-width="3"/>`,
      lemon: `<circle cx="${n(x)}" cy="${n(y)}" r="26" fill="#e8c43a"/><circle cx="${n(x)}" cy="${n(y)}" r="16" fill="#f4dc7a"/>`,
      olive: `<ellipse cx="${n(x)}" cy="${n(y)}" rx="16" ry="12" fill="#4d5a25"/>`,
      aubergine: `<ellipse cx="${n(x)}" cy="${n(y)}" rx="18" ry="40" fill="#3e1f4a"/>`,
      cabbage: `<path d="M${n(x - 30)} ${n(y)} q30 -30 60 0 q-30 20 -60 0Z" fill="${pick(r, ["#b8234a", "#e8e0b0"])}"/>`,
    };
    return kinds[what] ?? pick(r, Object.values(kinds));
  }).join("");
  return stage(r, jar(r, brine, { contents: inside, lid: pick(r, ["#c8902e", "#3d7a4f"]) }));
}

function juice(r: Rand, colour: string, fruitKind: FruitKind) {
  return stage(
    r,
    bottle(r, colour, 420) +
      fruitBasketSmall(r, fruitKind, 690) +
      `<g transform="translate(590 560)"><path d="M-40 -120 L40 -120 L30 0 L-30 0Z" fill="${colour}" opacity=".85"/><path d="M-40 -120 L40 -120" stroke="#fff" stroke-width="4" opacity=".6"/></g>`,
  );
}

function fruitBasketSmall(r: Rand, kind: FruitKind, x: number) {
  return [0, 1, 2].map((i) => fruit(r, kind, x + (i - 1) * 60 + 60, 560 - (i === 1 ? 50 : 0), 40, pick(r, FRUIT_COLOURS[kind]))).join("");
}

function cheese(r: Rand, kind: "brined" | "string" | "motal" | "butter" | "yogurt" | "milk") {
  const white = pick(r, ["#f6f1e2", "#f3ecd8", "#fbf6e8"]);
  if (kind === "string")
    return stage(
      r,
      `<g transform="translate(480 470)">${Array.from({ length: 5 }, (_, i) => `<path d="M${-200 + i * 20} ${-60 + i * 18} C-100 ${-160 + i * 10} 100 ${40 + i * 10} ${220 - i * 15} ${-40 + i * 14}" stroke="${pick(r, ["#d8a24a", "#c8902e", "#e3b35a"])}" stroke-width="30" fill="none" stroke-linecap="round"/>`).join("")}
      <path d="M-220 -60 Q0 -120 230 -40" stroke="#8a5a2e" stroke-width="6" fill="none" stroke-dasharray="20 12"/></g>`,
    );
  if (kind === "milk")
    return stage(
      r,
      bottle(r, white, 420) +
        `<g transform="translate(640 560)"><path d="M-60 -140 L60 -140 L50 0 L-50 0Z" fill="${white}" stroke="#d8cdb8" stroke-width="4"/></g>`,
    );
  if (kind === "yogurt" || kind === "butter") {
    const bowlColour = pick(r, ["#2f5d8c", "#8c2a2e", "#3d7a4f"]);
    return stage(
      r,
      `<g transform="translate(480 500)">
      <ellipse cy="40" rx="220" ry="24" fill="#000" opacity=".15"/>
      <path d="M-230 -110 Q0 -90 230 -110 Q210 40 0 40 Q-210 40 -230 -110 Z" fill="${bowlColour}"/>
      <ellipse cy="-110" rx="230" ry="40" fill="${white}"/>
      ${kind === "butter" ? `<path d="M-90 -190 L90 -190 L120 -120 L-120 -120Z" fill="#f2d98a"/>` : `<path d="M-60 -125 q60 -50 120 0" stroke="#e0d6c0" stroke-width="10" fill="none"/><circle cx="80" cy="-120" r="14" fill="#4f7a32"/>`}
      ${[-150, -50, 50, 150].map((x) => buta(x, -30, 36, "#f1e4c8", 90)).join("")}
    </g>`,
    );
  }
  if (kind === "motal")
    return stage(
      r,
      `<g transform="translate(480 480)"><ellipse cy="60" rx="200" ry="24" fill="#000" opacity=".15"/>
      <path d="M-170 60 Q-200 -160 0 -200 Q200 -160 170 60 Z" fill="${pick(r, ["#d9c7a0", "#cbb48a"])}"/>
      <path d="M-40 -200 Q0 -250 40 -200" stroke="#8a5a2e" stroke-width="12" fill="none"/>
      <path d="M-120 0 Q0 -40 120 0" stroke="#b8a070" stroke-width="6" fill="none"/>
      <path d="M140 60 L300 60 L250 -40 Z" fill="${white}"/></g>`,
    );
  return stage(
    r,
    `<g transform="translate(480 480)">
    <ellipse cy="60" rx="240" ry="24" fill="#000" opacity=".15"/>
    ${[
      [-120, 0],
      [40, -30],
      [150, 30],
    ]
      .map(
        ([
          x,
          y,
        ]) => `<path d="M${x - 90} ${y - 40} L${x + 60} ${y - 60} L${x + 100} ${y + 20} L${x + 90} ${y + 70} L${x - 80} ${y + 70} L${x - 100} ${y + 10}Z" fill="${white}" stroke="#d8cdb8" stroke-width="4"/>
      <circle cx="${x - 30}" cy="${y + 10}" r="8" fill="#e8e0c8"/><circle cx="${x + 30}" cy="${y + 40}" r="6" fill="#e8e0c8"/>`,
      )
      .join("")}
    <path d="M-260 -60 q30 -30 60 0" stroke="#4f7a32" stroke-width="10" fill="none"/>
  </g>`,
  );
}

function sweets(r: Rand, kind: "halva" | "shakarbura" | "lavashana" | "sujuk", colour = "#b8232f") {
  if (kind === "halva") {
    const pieces = Array.from({ length: 9 }, (_, i) => {
      const x = -160 + (i % 3) * 160 + (Math.floor(i / 3) % 2) * 40;
      const y = -90 + Math.floor(i / 3) * 70;
      return `<path d="M${x} ${y - 40} L${x + 70} ${y} L${x} ${y + 40} L${x - 70} ${y}Z" fill="#b86a1e"/>
        <path d="M${x - 50} ${y} L${x} ${y - 28} L${x + 50} ${y}" stroke="#f0c878" stroke-width="5" fill="none"/>
        <circle cx="${x}" cy="${y}" r="9" fill="#6e3a12"/>`;
    }).join("");
    return stage(
      r,
      `<g transform="translate(480 470) scale(1 .85)"><ellipse rx="330" ry="200" fill="#b5652f"/><ellipse rx="300" ry="175" fill="#d9924f"/>${pieces}</g>`,
    );
  }
  if (kind === "shakarbura") {
    const pastries = Array.from({ length: 7 }, (_, i) => {
      const x = -240 + (i % 4) * 160 + (i >= 4 ? 80 : 0);
      const y = i >= 4 ? 60 : -60;
      return `<g transform="translate(${x} ${y}) rotate(${n(between(r, -20, 20))})"><path d="M-70 0 Q0 -70 70 0 Q0 30 -70 0Z" fill="#f0c87a"/>
        ${[-40, -20, 0, 20, 40].map((d) => `<path d="M${d} ${-30 + Math.abs(d) * 0.4} l8 14" stroke="#b8843a" stroke-width="3"/>`).join("")}</g>`;
    }).join("");
    return stage(
      r,
      `<g transform="translate(480 470)"><rect x="-320" y="-150" width="640" height="300" rx="14" fill="#8c2a2e"/><rect x="-300" y="-130" width="600" height="260" rx="10" fill="#f5ecdf"/>${pastries}</g>`,
    );
  }
  if (kind === "sujuk")
    return stage(
      r,
      Array.from(
        { length: 4 },
        (
          _,
          i,
        ) => `<path d="M${330 + i * 90} 160 Q${320 + i * 90} 380 ${340 + i * 90} 560" stroke="${pick(r, ["#5a1f2f", "#7a2a3a", "#6e3a1a"])}" stroke-width="44" stroke-linecap="round" fill="none"/>
      ${[0, 1, 2, 3, 4, 5].map((k) => `<circle cx="${328 + i * 90}" cy="${200 + k * 65}" r="9" fill="#f1e4c8" opacity=".5"/>`).join("")}`,
      ).join("") + `<path d="M280 150 H700" stroke="#8a5a2e" stroke-width="14" stroke-linecap="round"/>`,
    );
  return stage(
    r,
    [0, 1, 2]
      .map(
        (i) =>
          `<g transform="translate(${330 + i * 150} ${480 - i * 20}) rotate(${n(between(r, -10, 10))})"><rect x="-60" y="-140" width="120" height="280" rx="56" fill="${colour}"/><path d="M-40 -110 Q0 -130 40 -110" stroke="#fff" stroke-width="6" opacity=".3" fill="none"/><path d="M-60 40 Q0 60 60 40" stroke="#000" stroke-width="5" opacity=".2" fill="none"/></g>`,
      )
      .join(""),
  );
}

/** Armudu (pear-shaped) tea glasses on saucers, a teapot and leaves or herbs beside. */
function tea(r: Rand, kind: "black" | "green" | "herbs" | "saffron" | "rosehip") {
  const liquor = kind === "green" ? "#b8a83a" : kind === "herbs" ? "#c89a3a" : "#8a2a12";
  const glass = (x: number) => `<g transform="translate(${x} 560)">
    <ellipse cy="14" rx="80" ry="16" fill="${pick(r, ["#2f5d8c", "#8c2a2e", "#f1e4c8"])}"/>
    <path d="M-48 -150 Q-62 -110 -30 -70 Q-60 -30 -40 0 L40 0 Q60 -30 30 -70 Q62 -110 48 -150 Z" fill="#fff" opacity=".35" stroke="#c8c8c8" stroke-width="4"/>
    <path d="M-44 -120 Q-54 -100 -28 -70 Q-56 -30 -38 -4 L38 -4 Q56 -30 28 -70 Q54 -100 44 -120 Z" fill="${liquor}"/>
    <path d="M-48 -150 H48" stroke="#c8902e" stroke-width="6"/></g>`;
  const side =
    kind === "saffron"
      ? `<g transform="translate(700 520)"><ellipse rx="110" ry="34" fill="#f1e4c8"/>${Array.from({ length: 26 }, () => `<path d="M${n(between(r, -80, 80))} ${n(between(r, -20, 10))} l${n(between(r, -30, 30))} ${n(between(r, -20, 0))}" stroke="#c81e10" stroke-width="5" stroke-linecap="round"/>`).join("")}</g>`
      : kind === "rosehip"
        ? fruitBasketSmall(r, "cherry", 660).replaceAll(/#f0d07a|#b8202a/g, "#c8321e")
        : `<g transform="translate(700 540)">${Array.from({ length: 9 }, (_, i) => `<path d="M0 0 q${-60 + i * 15} -100 ${-80 + i * 20} -200" stroke="#4f7a32" stroke-width="6" fill="none"/>${[1, 2, 3].map((k) => `<ellipse cx="${n((-80 + i * 20) * k * 0.3)}" cy="${-60 * k}" rx="16" ry="8" fill="${kind === "green" || kind === "black" ? "#3d6a2a" : "#6a8a3a"}" transform="rotate(${-40 + i * 10} ${n((-80 + i * 20) * k * 0.3)} ${-60 * k})"/>`).join("")}`).join("")}
           <rect x="-30" y="-20" width="60" height="30" rx="6" fill="#8c2a2e"/></g>`;
  return stage(r, glass(330) + glass(500) + side);
}

// ── places and experiences ─────────────────────────────────────────────────────────────

function sky(r: Rand, evening = r() < 0.3) {
  const top = evening ? "#f0b37a" : pick(r, ["#9cc7e8", "#a8d0ec", "#b9d9ee"]);
  const bottom = evening ? "#f7dcb8" : "#eaf3f8";
  return `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>
    <rect width="${W}" height="${H}" fill="url(#sky)"/>
    <circle cx="${n(between(r, 120, 840))}" cy="${n(between(r, 90, 170))}" r="${n(between(r, 40, 60))}" fill="${evening ? "#f6e0a0" : "#fff6d0"}"/>`;
}

function mountains(r: Rand, snow = true, layers = 3) {
  let out = "";
  const colours = ["#7f95a8", "#5f7a6a", "#3f5f48"];
  for (let l = 0; l < layers; l++) {
    const base = 380 + l * 70;
    let d = `M0 ${base}`;
    const peaks = 3 + Math.floor(r() * 3);
    for (let p = 0; p <= peaks; p++) {
      const x = (W / peaks) * p;
      const peak = base - between(r, 100, 230) + l * 40;
      d += ` L${n(x - W / peaks / 2)} ${n(peak)} L${n(x)} ${n(base - between(r, 20, 80))}`;
    }
    out += `<path d="${d} L${W} ${H} L0 ${H}Z" fill="${colours[l]}"/>`;
    if (l === 0 && snow) {
      const snowPeaks = d.match(/L([\d.]+) ([\d.]+) L/g) ?? [];
      for (const m of snowPeaks) {
        const [, x, y] = m.match(/L([\d.]+) ([\d.]+)/)!.map(Number);
        if (y < base - 150) out += `<path d="M${n(x - 30)} ${n(y + 40)} L${n(x)} ${n(y)} L${n(x + 30)} ${n(y + 40)} Z" fill="#fff" opacity=".9"/>`;
      }
    }
  }
  return out;
}

function trees(r: Rand, count: number, y: number, colour = "#2f5d3a") {
  return Array.from({ length: count }, () => {
    const x = between(r, 20, W - 20);
    const h = between(r, 50, 110);
    return `<path d="M${n(x)} ${n(y - h)} L${n(x + h * 0.35)} ${n(y)} L${n(x - h * 0.35)} ${n(y)}Z" fill="${colour}"/>`;
  }).join("");
}

function guesthouse(r: Rand) {
  const roof = pick(r, ["#a33b2a", "#8c2a2e", "#6b4a3a", "#3f5f6a"]);
  const wall = pick(r, ["#f1e4c8", "#e8d4b0", "#f4ecdc", "#d9c4a0"]);
  const wood = pick(r, ["#7a4a22", "#6b3f1c", "#8a5a2e"]);
  const x = between(r, 260, 420);
  return `${sky(r)}${mountains(r, r() < 0.6, 2)}
    <rect y="${H * 0.72}" width="${W}" height="${H * 0.28}" fill="#6e9a4a"/>
    <g transform="translate(${n(x)} 300)">
      <rect x="0" y="80" width="380" height="230" fill="${wall}"/>
      <path d="M-30 90 L190 -20 L410 90 Z" fill="${roof}"/>
      <rect x="0" y="170" width="380" height="14" fill="${wood}"/>
      ${Array.from({ length: 9 }, (_, i) => `<rect x="${10 + i * 42}" y="184" width="8" height="44" fill="${wood}"/>`).join("")}
      <rect x="0" y="226" width="380" height="10" fill="${wood}"/>
      ${[40, 150, 270].map((wx) => `<rect x="${wx}" y="100" width="60" height="60" rx="4" fill="#5a7a9a"/><path d="M${wx + 30} 100 v60 M${wx} 130 h60" stroke="${wall}" stroke-width="5"/>`).join("")}
      <rect x="160" y="240" width="60" height="70" rx="30" fill="${wood}"/>
      <rect x="290" y="-10" width="28" height="60" fill="${wall}"/>
    </g>
    ${trees(r, 6, H * 0.74)}
    <path d="M${n(x + 190)} ${H} Q${n(x + 150)} ${H * 0.85} ${n(x + 190)} ${H * 0.75}" stroke="#c8b48a" stroke-width="26" fill="none"/>`;
}

function trail(r: Rand, title: string) {
  const t = title.toLowerCase();
  let scene = `${sky(r)}${mountains(r, true, 3)}`;
  if (/lake|göl|gol|озер/.test(t))
    scene += `<ellipse cx="480" cy="${H * 0.78}" rx="360" ry="70" fill="#4f8fb8"/><path d="M260 ${H * 0.78} h120 M520 ${H * 0.8} h140" stroke="#fff" stroke-width="4" opacity=".6"/>`;
  else if (/waterfall|şəlalə|водопад/.test(t))
    scene += `<path d="M460 260 Q480 400 470 ${H}" stroke="#cfe6f5" stroke-width="50" fill="none"/><path d="M470 280 Q485 420 480 ${H}" stroke="#fff" stroke-width="10" fill="none" opacity=".8"/>`;
  else if (/canyon|kanyon|каньон/.test(t)) scene += `<path d="M0 ${H} L0 300 L300 360 L380 ${H}Z M${W} ${H} L${W} 280 L640 350 L560 ${H}Z" fill="#b8643a"/>`;
  else if (/salt|duz|соль|солян/.test(t))
    scene = `<rect width="${W}" height="${H}" fill="#3a2a2a"/><path d="M0 ${H} Q480 80 ${W} ${H}Z" fill="#e8ddd0"/><path d="M120 ${H} Q480 200 840 ${H}Z" fill="#5a4a4a"/>${Array.from({ length: 12 }, () => `<path d="M${n(between(r, 200, 760))} ${n(between(r, 260, 420))} l10 40 l-20 0Z" fill="#fff" opacity=".7"/>`).join("")}`;
  else if (/fortress|qala|крепост|castle/.test(t))
    scene += `<g transform="translate(${n(between(r, 520, 700))} 250)"><rect x="0" y="0" width="150" height="120" fill="#a89878"/>${[0, 1, 2, 3, 4].map((i) => `<rect x="${i * 32}" y="-18" width="20" height="18" fill="#a89878"/>`).join("")}<rect x="55" y="60" width="40" height="60" rx="20" fill="#5a4a3a"/></g>`;
  else if (/gazelle|safari|ceyran|джейран/.test(t))
    scene = `${sky(r)}<rect y="${H * 0.55}" width="${W}" height="${H * 0.45}" fill="#d8c48a"/>${[300, 520, 660].map((x, i) => `<g transform="translate(${x} ${470 + i * 20}) scale(${1 - i * 0.15})"><ellipse rx="70" ry="32" fill="#b8864a"/><rect x="-55" y="20" width="8" height="70" fill="#b8864a"/><rect x="40" y="20" width="8" height="70" fill="#b8864a"/><path d="M60 -10 L90 -70 L110 -60 L80 0Z" fill="#b8864a"/><path d="M95 -68 q-10 -40 5 -60 M105 -64 q0 -40 15 -55" stroke="#3a2a1a" stroke-width="5" fill="none"/><ellipse rx="40" ry="14" cy="14" fill="#f1e4c8"/></g>`).join("")}`;
  else if (/horse|at |атом|конн|верх/.test(t))
    scene += `<g transform="translate(480 560)"><ellipse rx="110" ry="45" fill="#6e3f1f"/>${[-80, -50, 60, 90].map((x) => `<rect x="${x}" y="20" width="16" height="100" fill="#6e3f1f"/>`).join("")}<path d="M90 -20 L150 -110 L185 -95 L130 0Z" fill="#6e3f1f"/><path d="M-110 -20 q-50 40 -30 100" stroke="#3a1f0f" stroke-width="14" fill="none"/><path d="M-30 -45 h60 v-10 h-60Z" fill="#8c2a2e"/></g>`;
  else if (/city|old|şəhər|город|quarter|courtyard|street|walk|küç|палац|palace|caravan|quarter|german|kish|village|kənd|дерев/.test(t)) {
    const stone = pick(r, ["#d8c4a0", "#c8b08a", "#e0ceb0"]);
    scene +=
      `<rect y="${H * 0.62}" width="${W}" height="${H * 0.38}" fill="#c8b48a"/>` +
      Array.from({ length: 5 }, (_, i) => {
        const bx = 40 + i * 180 + between(r, -10, 10);
        const bh = between(r, 160, 280);
        return `<rect x="${n(bx)}" y="${n(H * 0.66 - bh)}" width="160" height="${n(bh)}" fill="${stone}" stroke="#8a7a5a" stroke-width="3"/>
          <path d="M${n(bx + 40)} ${n(H * 0.66)} v-60 q40 -50 80 0 v60Z" fill="#6b4a2a"/>
          <rect x="${n(bx + 20)}" y="${n(H * 0.66 - bh + 30)}" width="120" height="20" fill="#7a4a22"/>`;
      }).join("");
  } else scene += `${trees(r, 10, H * 0.86, "#2f4f2a")}`;
  // the trail itself and a walker, so every tour reads as "go there"
  const walker = `<g transform="translate(${n(between(r, 380, 600))} ${H * 0.83})"><circle cy="-70" r="12" fill="#3a2a1a"/><path d="M0 -58 L0 -20 L-14 10 M0 -20 L14 10 M0 -50 L-16 -30 M0 -50 L18 -36" stroke="#3a2a1a" stroke-width="7" stroke-linecap="round" fill="none"/><rect x="-14" y="-58" width="14" height="24" rx="4" fill="#8c2a2e"/></g>`;
  return `${scene}<path d="M${n(between(r, 300, 660))} ${H} C380 620 640 580 520 520" stroke="#e8d8b0" stroke-width="18" fill="none" stroke-dasharray="2 0" opacity=".85"/>${walker}`;
}

/** A laid table seen from above: plates, bread, herbs, tea glasses. */
function table(r: Rand, title: string) {
  const t = title.toLowerCase();
  const cloth = pick(r, ["#8c2a2e", "#223e66", "#2f5d50"]);
  const plate = (x: number, y: number, food: string) =>
    `<circle cx="${x}" cy="${y}" r="110" fill="#f5ecdf"/><circle cx="${x}" cy="${y}" r="92" fill="none" stroke="#2f5d8c" stroke-width="6" stroke-dasharray="10 8"/>${food}`;
  const lavangi = (x: number, y: number) =>
    `<ellipse cx="${x}" cy="${y}" rx="62" ry="40" fill="#b86a2a"/><path d="M${x - 40} ${y} h80" stroke="#6e3a12" stroke-width="5"/>`;
  const piti = (x: number, y: number) =>
    `<path d="M${x - 55} ${y - 60} L${x + 55} ${y - 60} Q${x + 70} ${y + 50} ${x} ${y + 55} Q${x - 70} ${y + 50} ${x - 55} ${y - 60}Z" fill="#a0522d"/><ellipse cx="${x}" cy="${y - 60}" rx="55" ry="14" fill="#d9924f"/>`;
  const bread = (x: number, y: number) =>
    `<ellipse cx="${x}" cy="${y}" rx="90" ry="60" fill="#d9a460"/><ellipse cx="${x}" cy="${y}" rx="60" ry="36" fill="#e8bd7a"/>${[-30, 0, 30].map((d) => `<circle cx="${x + d}" cy="${y}" r="5" fill="#a8743a"/>`).join("")}`;
  const gutab = (x: number, y: number) =>
    [0, 1, 2]
      .map(
        (i) =>
          `<path d="M${x - 70} ${y - 30 + i * 30} Q${x} ${y - 70 + i * 30} ${x + 70} ${y - 30 + i * 30} Z" fill="#e8c07a" stroke="#a8743a" stroke-width="3"/>`,
      )
      .join("");
  const main = /lavang|ləvəng|лявянг/.test(t)
    ? lavangi
    : /piti|пити|bozbash|bozbaş/.test(t)
      ? piti
      : /gutab|qutab|tandir|təndir/.test(t)
        ? gutab
        : /dolma/.test(t)
          ? (x: number, y: number) =>
              [0, 1, 2, 3].map((i) => `<circle cx="${x - 36 + (i % 2) * 72}" cy="${y - 30 + Math.floor(i / 2) * 60}" r="30" fill="#e6c23a"/>`).join("")
          : /fish|balıq|рыб/.test(t)
            ? (x: number, y: number) =>
                `<path d="M${x - 80} ${y} Q${x} ${y - 50} ${x + 60} ${y} Q${x} ${y + 50} ${x - 80} ${y}Z M${x + 60} ${y} l30 -25 v50Z" fill="#9aa8b0"/>`
            : /breakfast|səhər|завтрак/.test(t)
              ? (x: number, y: number) =>
                  `<circle cx="${x}" cy="${y}" r="30" fill="#f5d84a"/><circle cx="${x}" cy="${y}" r="60" fill="none" stroke="#fff" stroke-width="40" opacity=".9"/>`
              : /tea|çay|чай/.test(t)
                ? (x: number, y: number) => `<circle cx="${x}" cy="${y}" r="50" fill="#8a2a12"/>`
                : (x: number, y: number) => `<circle cx="${x}" cy="${y}" r="60" fill="#c8743a"/><circle cx="${x - 20}" cy="${y - 10}" r="14" fill="#4f7a32"/>`;
  const glasses = [0, 1]
    .map(
      (i) =>
        `<circle cx="${780 - i * 70}" cy="${130 + i * 40}" r="32" fill="#f5ecdf"/><circle cx="${780 - i * 70}" cy="${130 + i * 40}" r="22" fill="#8a2a12"/>`,
    )
    .join("");
  return `<rect width="${W}" height="${H}" fill="${cloth}"/>
    ${Array.from({ length: 8 }, (_, i) => buta(60 + i * 120, 40, 30, "#f1e4c8", 90)).join("")}
    ${Array.from({ length: 8 }, (_, i) => buta(60 + i * 120, H - 40, 30, "#f1e4c8", -90)).join("")}
    ${plate(330, 360, main(330, 360))}
    ${plate(620, 420, bread(620, 420))}
    ${glasses}
    ${fruitBasketSmall(r, pick(r, ["pomegranate", "apple", "quince"] as const), 130).replace(/translate/g, "translate")}
    <path d="M780 560 q40 -80 90 -60 q-40 60 -90 60Z" fill="#4f7a32"/><path d="M760 600 q40 -60 80 -40" stroke="#4f7a32" stroke-width="8" fill="none"/>`;
}

function workshop(r: Rand, title: string) {
  const t = title.toLowerCase();
  if (/copper|mis|медн|чекан/.test(t))
    return (
      copper(r, "pot") +
      `<g transform="translate(760 560) rotate(-30)"><rect x="-8" y="-160" width="16" height="160" fill="#8a5a2e"/><rect x="-40" y="-185" width="80" height="34" rx="6" fill="#5a5a5a"/></g>`
    );
  if (/ceramic|keram|керам/.test(t))
    return (
      ceramics(r, false) +
      `<g transform="translate(760 560) rotate(-40)"><rect x="-6" y="-170" width="12" height="150" fill="#c8902e"/><path d="M-8 -20 L0 20 L8 -20Z" fill="#223e66"/></g>`
    );
  if (/shebeke|şəbəkə|шебеке|glass/.test(t)) {
    const colours = ["#c8302a", "#2f6d8c", "#e0b04a", "#3d7a4f"];
    let panes = "";
    for (let row = 0; row < 6; row++)
      for (let col = 0; col < 6; col++) {
        const x = -150 + col * 60;
        const y = -150 + row * 60;
        panes += `<path d="M${x} ${y - 30} L${x + 30} ${y} L${x} ${y + 30} L${x - 30} ${y}Z" fill="${colours[(row * 3 + col + Math.floor(r() * 2)) % 4]}" stroke="#5a3a1a" stroke-width="6"/>`;
      }
    return `<rect width="${W}" height="${H}" fill="#e8dcc8"/><g transform="translate(480 360)"><rect x="-200" y="-280" width="400" height="560" rx="190" fill="#5a3a1a"/><clipPath id="arch"><rect x="-180" y="-260" width="360" height="520" rx="170"/></clipPath><g clip-path="url(#arch)"><rect x="-180" y="-260" width="360" height="520" fill="#f5ecdf"/>${panes}</g></g>`;
  }
  if (/kelaghayi|kəlağayı|кялагаи|print/.test(t))
    return (
      kelagayi(r) +
      `<g transform="translate(800 560)"><rect x="-60" y="-40" width="120" height="80" rx="8" fill="#8a5a2e"/><rect x="-30" y="-90" width="60" height="50" fill="#6e4423"/></g>`
    );
  if (/embroider|təkəldüz|tekelduz|вышив/.test(t)) return embroidery(r);
  if (/halva|shakarbura|şəkərbura|халв/.test(t)) return sweets(r, r() < 0.5 ? "halva" : "shakarbura");
  if (/sock|corab|corab|вязан|knit/.test(t)) {
    const yarn = pick(r, ["#8c2a2e", "#223e66", "#c8902e", "#3d7a4f"]);
    const sock = (x: number, c: string) =>
      `<path d="M${x} 180 h110 v250 q0 60 60 80 q30 20 0 60 h-120 q-50 0 -50 -60Z" fill="${c}"/>${[0, 1, 2, 3].map((k) => `<path d="M${x} ${230 + k * 60} l27 -20 l27 20 l27 -20 l27 20" stroke="#f1e4c8" stroke-width="8" fill="none"/>`).join("")}`;
    return stage(
      r,
      sock(250, yarn) +
        sock(420, pick(r, ["#f1e4c8", "#223e66", "#8c2a2e"])) +
        `<circle cx="720" cy="520" r="80" fill="${yarn}"/><path d="M650 500 q70 -40 140 0 M660 540 q60 -50 130 10" stroke="#fff" stroke-width="4" opacity=".4" fill="none"/><path d="M640 460 L820 600 M660 440 L840 580" stroke="#c8c8c8" stroke-width="8"/>`,
    );
  }
  return carpet(r, "rug");
}

// ── choosing the picture for a product ────────────────────────────────────────────────────

function fruitFor(text: string): FruitKind {
  const t = text.toLowerCase();
  const table: [RegExp, FruitKind][] = [
    [/pomegranate|nar\b|нар/, "pomegranate"],
    [/grape|raisin|üzüm|виноград|изюм|madrasa/, "grape"],
    [/fig|əncir|инжир/, "fig"],
    [/quince|heyva|айва/, "quince"],
    [/persimmon|xurma|хурма/, "persimmon"],
    [/lemon|limon|лимон/, "lemon"],
    [/tangerine|naringi|мандарин/, "tangerine"],
    [/kiwi|киви/, "kiwi"],
    [/feijoa|фейхоа/, "feijoa"],
    [/watermelon|qarpız|арбуз/, "watermelon"],
    [/melon|yemiş|дын/, "melon"],
    [/pear|armud|груш/, "pear"],
    [/olive|zeytun|олив|маслин/, "olive"],
    [/tomato|pomidor|помидор|томат/, "tomato"],
    [/onion|soğan|лук/, "onion"],
    [/apricot|ərik|абрикос|курага/, "apricot"],
    [/mulberr|tut|тутов|шелковиц/, "mulberry"],
    [/hazelnut|fındıq|фундук/, "hazelnut"],
    [/walnut|qoz|грецк/, "walnut"],
    [/chestnut|şabalıd|каштан/, "chestnut"],
    [/cherr|gilas|черешн|кизил|cornel|zoğal/, "cherry"],
    [/plum|alça|слив|алыч/, "plum"],
    [/apple|alma|яблок/, "apple"],
    [/rosehip|itburnu|шиповник/, "cherry"],
  ];
  return table.find(([re]) => re.test(t))?.[1] ?? "apple";
}

const FILLS: Record<string, string> = {
  pomegranate: "#8e1420",
  grape: "#5b2a5e",
  fig: "#6b3a5a",
  quince: "#e0a83a",
  persimmon: "#e8742a",
  lemon: "#f1d13a",
  tangerine: "#f08a24",
  kiwi: "#8db83a",
  feijoa: "#6d9b43",
  watermelon: "#d8403a",
  melon: "#e8c45a",
  pear: "#d6b640",
  olive: "#4d5a25",
  tomato: "#c62f1e",
  onion: "#8e2a4a",
  apricot: "#e8913a",
  mulberry: "#3a1830",
  hazelnut: "#a8743f",
  walnut: "#4a2a12",
  chestnut: "#7a4423",
  cherry: "#b8202a",
  plum: "#6b2a4a",
  apple: "#c8702a",
  raisin: "#6a4a2a",
};

/** The SVG illustration of one product, from its category, English title and a stable key. */
export function productIllustration(key: string, category: string, title: string): string {
  const r = seededRandom(hashString(key));
  const t = title.toLowerCase();
  const kind = fruitFor(t);
  let body: string;
  switch (category) {
    case "honey":
      body = honey(r, /comb|pət|сот/.test(t));
      break;
    case "fruit":
    case "vegetables":
      body = stage(r, fruitBasket(r, kind, category === "vegetables" ? "crate" : pick(r, ["basket", "bowl"] as const)));
      break;
    case "nuts":
      body = stage(r, fruitBasket(r, kind, "bowl"));
      break;
    case "dried-fruit":
      body = /box|qutu|короб/.test(t)
        ? stage(
            r,
            `<g transform="translate(480 470)"><rect x="-300" y="-140" width="600" height="280" rx="12" fill="#8c2a2e"/><rect x="-280" y="-120" width="560" height="240" rx="8" fill="#f5ecdf"/>${["apricot", "plum", "fig", "raisin"].map((k, i) => `<g>${[0, 1, 2].map((j) => fruit(r, k as FruitKind, -210 + i * 140 + (j % 2) * 30, -60 + j * 50, 24, pick(r, FRUIT_COLOURS[k as FruitKind]))).join("")}</g>`).join("")}</g>`,
          )
        : stage(r, fruitBasket(r, kind === "apple" && /ring|halqa|кольц/.test(t) ? "apple" : kind === "grape" ? "raisin" : kind, "bowl"));
      break;
    case "preserves":
      body = preserves(r, kind, FILLS[kind]);
      break;
    case "pickles":
      body = pickles(
        r,
        /pepper|bibər|перец/.test(t)
          ? "pepper"
          : /garlic|sarımsaq|чеснок/.test(t)
            ? "garlic"
            : /lemon|limon/.test(t)
              ? "lemon"
              : /olive|zeytun/.test(t)
                ? "olive"
                : /aubergine|badımcan|баклаж/.test(t)
                  ? "aubergine"
                  : /cabbage|kələm|капуст/.test(t)
                    ? "cabbage"
                    : "mixed",
      );
      break;
    case "juices-sauces":
      body = juice(r, /vinegar|sirkə|уксус/.test(t) ? "#d8a84a" : /narsharab|narşərab|doshab|doşab|bahmaz|bəhməz/.test(t) ? "#4a1010" : FILLS[kind], kind);
      break;
    case "sweets":
      body = sweets(
        r,
        /halva|халв/.test(t) ? "halva" : /shakarbura|şəkərbura|шекербура/.test(t) ? "shakarbura" : /sujuk|sucuq|суджук/.test(t) ? "sujuk" : "lavashana",
        FILLS[kind],
      );
      break;
    case "cheese":
      body = cheese(r, /chechil|çeçil|string|чечил/.test(t) ? "string" : /motal|мотал/.test(t) ? "motal" : "brined");
      break;
    case "dairy":
      body = cheese(r, /milk\b|süd\b|молоко/.test(t) && !/cream|qaymaq/.test(t) ? "milk" : /butter|yağ|масло/.test(t) ? "butter" : "yogurt");
      break;
    case "tea-herbs":
      body = tea(
        r,
        /saffron|zəfəran|шафран/.test(t)
          ? "saffron"
          : /rosehip|itburnu|шиповник/.test(t)
            ? "rosehip"
            : /green|yaşıl|зелён/.test(t)
              ? "green"
              : /black|qara çay|чёрный/.test(t)
                ? "black"
                : "herbs",
      );
      break;
    case "carpets":
      body = carpet(r, /rug|palaz|kilim|kilim|килим|sumax|sumakh/.test(t) ? "rug" : "carpet");
      break;
    case "silk":
      body = kelagayi(r);
      break;
    case "copperware":
      body = copper(r, /tray|sini|поднос/.test(t) ? "tray" : /jug|aftafa|güyüm|кувшин|teapot|çaydan/.test(t) ? "jug" : "pot");
      break;
    case "ceramics":
      body = ceramics(r, /teapot|çaydan|чайник/.test(t));
      break;
    case "woodwork":
      body = woodwork(r);
      break;
    case "embroidery":
      body = embroidery(r);
      break;
    case "guesthouses":
      body = guesthouse(r);
      break;
    case "tours":
      body = /apricot|harvest|ərik|абрикос/.test(t)
        ? stage(r, fruitBasket(r, "apricot", "basket"))
        : /carpet|xalça|ковр/.test(t)
          ? carpet(r)
          : /food|street food|yemək|еда|кухн/.test(t)
            ? table(r, t)
            : /tea|çay|чай/.test(t)
              ? tea(r, "black")
              : trail(r, t);
      break;
    case "workshops":
      body = workshop(r, t);
      break;
    case "food-experiences":
      body = table(r, t);
      break;
    default:
      body = stage(r, fruitBasket(r, kind, "bowl"));
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`;
}

// ── people ────────────────────────────────────────────────────────────────────────────────

const SKIN = ["#e8c4a0", "#d9a87e", "#c8936a", "#f0d0b0", "#b98060"];
const HAIR = ["#2a1a12", "#3a2418", "#1a1410", "#6b4a32", "#8a8a8a", "#c8c8c8"];
const CLOTHES = ["#8c2a2e", "#223e66", "#2f5d50", "#7a4d1f", "#5a2d4f", "#3a3a3a", "#b8643a", "#c8902e"];

/** One person from the shoulders up, centred on x with the shoulders at y. */
function person(r: Rand, x: number, y: number, scale: number, who: "woman" | "man" | "elder-woman" | "elder-man" | "child") {
  const skin = pick(r, SKIN);
  const old = who.startsWith("elder");
  const hair = old ? pick(r, HAIR.slice(4)) : pick(r, HAIR.slice(0, 4));
  const cloth = pick(r, CLOTHES);
  const woman = who === "woman" || who === "elder-woman";
  const headR = 58;
  const scarf = woman && (old || r() < 0.45);
  const scarfColour = pick(r, SILK);
  let head = `<ellipse cx="0" cy="-120" rx="${headR}" ry="${headR * 1.12}" fill="${skin}"/>`;
  if (scarf)
    head =
      `<path d="M-82 -110 Q-90 -210 0 -214 Q90 -210 82 -110 L100 -10 L-100 -10 Z" fill="${scarfColour}"/>` +
      head +
      `<path d="M-62 -150 Q0 -200 62 -150 Q60 -190 0 -196 Q-60 -190 -62 -150Z" fill="${scarfColour}"/>` +
      buta(-50, -60, 26, "#f1e4c8", 20) +
      buta(52, -64, 22, "#f1e4c8", -30);
  else if (woman)
    head =
      `<path d="M-70 -110 Q-80 -200 0 -200 Q80 -200 70 -110 L74 -40 L-74 -40 Z" fill="${hair}"/>` +
      head +
      `<path d="M-60 -150 Q0 -210 60 -150 Q40 -170 0 -172 Q-30 -170 -60 -150Z" fill="${hair}"/>`;
  else head += `<path d="M-60 -140 Q-58 -196 0 -194 Q58 -196 60 -140 Q40 -166 0 -164 Q-40 -166 -60 -140Z" fill="${hair}"/>`;
  const face = `<circle cx="-20" cy="-120" r="5" fill="#2a1a12"/><circle cx="20" cy="-120" r="5" fill="#2a1a12"/>
    <path d="M-18 -86 Q0 -74 18 -86" stroke="#8a3a2a" stroke-width="4" fill="none" stroke-linecap="round"/>
    <circle cx="-34" cy="-98" r="9" fill="#e07a6a" opacity=".3"/><circle cx="34" cy="-98" r="9" fill="#e07a6a" opacity=".3"/>
    ${!woman && who !== "child" && r() < 0.6 ? `<path d="M-24 -96 Q0 -106 24 -96 Q12 -88 0 -92 Q-12 -88 -24 -96Z" fill="${hair}"/>` : ""}
    ${old ? `<path d="M-30 -140 q8 -5 16 0 M14 -140 q8 -5 16 0" stroke="#8a6a5a" stroke-width="3" fill="none"/>` : ""}
    ${who === "elder-man" && r() < 0.5 ? `<path d="M-62 -150 Q0 -230 62 -150 Z" fill="${pick(r, ["#3a3a3a", "#5a4a3a"])}"/>` : ""}`;
  const body = `<path d="M-110 60 Q-110 -40 -40 -50 L40 -50 Q110 -40 110 60 Z" fill="${cloth}"/>
    <path d="M-24 -52 L0 -20 L24 -52" fill="${skin}"/>`;
  return `<g transform="translate(${n(x)} ${n(y)}) scale(${n(scale * 100) / 100})">${body}${head}${face}</g>`;
}

/** A family of two to four, in front of where they work, for a producer's profile. */
export function familyPortrait(key: string, sector: string): string {
  const r = seededRandom(hashString(`family-${key}`));
  const backdrop =
    sector === "tourism"
      ? `${sky(r)}${mountains(r, true, 2)}`
      : sector === "handicraft"
        ? `<rect width="${W}" height="${H}" fill="${pick(r, ["#e8dcc8", "#efe3d2"])}"/><g opacity=".55" transform="translate(0 -40)">${carpet(r, "rug").replace(/<rect width="960" height="720"[^>]*\/>/, "")}</g>`
        : `${sky(r)}<rect y="${H * 0.5}" width="${W}" height="${H * 0.5}" fill="#7a9a4a"/>${Array.from({ length: 7 }, (_, i) => `<circle cx="${60 + i * 140}" cy="${H * 0.5}" r="${n(between(r, 50, 80))}" fill="#4f7a32"/>${fruit(r, "apple", 60 + i * 140 + 20, H * 0.5 - 10, 12, "#c0392b")}`).join("")}`;
  const cast: ("woman" | "man" | "elder-woman" | "elder-man" | "child")[] = [];
  cast.push(r() < 0.5 ? "woman" : "man");
  cast.push(cast[0] === "woman" ? "man" : "woman");
  if (r() < 0.6) cast.unshift(r() < 0.5 ? "elder-woman" : "elder-man");
  if (r() < 0.5) cast.push("child");
  const gap = W / (cast.length + 1);
  const people = cast
    .map((who, i) => person(r, gap * (i + 1), who === "child" ? H - 60 : H - 20, who === "child" ? 1.05 : 1.5 - (who.startsWith("elder") ? 0.05 : 0), who))
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${backdrop}${people}</svg>`;
}

// ── regions ───────────────────────────────────────────────────────────────────────────────

/** A landscape for each of the 14 economic regions: sea, plains, vineyards, forests or high peaks. */
export function regionPicture(slug: string): string {
  const r = seededRandom(hashString(`region-${slug}`));
  let body: string;
  switch (slug) {
    case "baki":
      body = `${sky(r, true)}<rect y="${H * 0.62}" width="${W}" height="${H * 0.38}" fill="#3f7aa8"/>
        ${[0, 1, 2].map((i) => `<path d="M${560 + i * 110} ${H * 0.62} Q${600 + i * 110} ${160 + i * 20} ${640 + i * 110} ${H * 0.62}Z" fill="#5a6a8a"/>`).join("")}
        <rect x="140" y="250" width="110" height="200" fill="#d8c4a0"/><path d="M140 250 h110 v-20 h-110Z" fill="#c8b08a"/>${[0, 1, 2, 3].map((i) => `<rect x="${150 + i * 26}" y="212" width="14" height="18" fill="#d8c4a0"/>`).join("")}
        <path d="M0 ${H * 0.62} H${W}" stroke="#e8d8b0" stroke-width="10"/>
        <path d="M0 ${H * 0.75} q120 -20 240 0 t240 0 t240 0 t240 0" stroke="#fff" stroke-width="4" fill="none" opacity=".5"/>`;
      break;
    case "abseron-xizi":
      body = `${sky(r)}${Array.from({ length: 6 }, (_, i) => `<path d="M${i * 180 - 60} ${H * 0.62} Q${i * 180 + 30} ${260 + (i % 2) * 60} ${i * 180 + 120} ${H * 0.62}Z" fill="${i % 2 ? "#d88a6a" : "#e8b09a"}"/><path d="M${i * 180 - 30} ${H * 0.55} Q${i * 180 + 30} ${400 - (i % 2) * 30} ${i * 180 + 90} ${H * 0.55}" stroke="#f5e8e0" stroke-width="10" fill="none"/>`).join("")}
        <rect y="${H * 0.62}" width="${W}" height="${H * 0.38}" fill="#d8c48a"/>${Array.from({ length: 8 }, (_, i) => `<circle cx="${60 + i * 120}" cy="${H * 0.78}" r="30" fill="#6b7a3a"/>`).join("")}`;
      break;
    case "lenkeran-astara":
      body = `${sky(r)}${mountains(r, false, 2)}${Array.from({ length: 6 }, (_, i) => `<path d="M0 ${420 + i * 50} Q480 ${380 + i * 50} ${W} ${420 + i * 50} V${470 + i * 50} Q480 ${430 + i * 50} 0 ${470 + i * 50}Z" fill="${i % 2 ? "#3d7a3a" : "#4f8a3a"}"/>`).join("")}`;
      break;
    case "merkezi-aran":
    case "mil-mugan":
    case "sirvan-salyan":
      body = `${sky(r)}<rect y="${H * 0.5}" width="${W}" height="${H * 0.5}" fill="${slug === "mil-mugan" ? "#d8b85a" : "#8aa84a"}"/>
        ${Array.from({ length: 10 }, (_, i) => `<path d="M${i * 110} ${H * 0.5} L${480 + (i - 4.5) * 260} ${H}" stroke="#000" opacity=".08" stroke-width="6"/>`).join("")}
        <path d="M0 ${H * 0.72} C300 ${H * 0.6} 600 ${H * 0.9} ${W} ${H * 0.66}" stroke="#4f8fb8" stroke-width="${slug === "sirvan-salyan" ? 60 : 34}" fill="none"/>
        ${slug === "merkezi-aran" ? Array.from({ length: 6 }, (_, i) => `<circle cx="${100 + i * 150}" cy="${H * 0.56}" r="40" fill="#3f6a2a"/>${fruit(r, "pomegranate", 100 + i * 150 + 10, H * 0.56, 12, "#b8232f")}`).join("") : ""}`;
      break;
    case "daglig-sirvan":
    case "qazax-tovuz":
      body = `${sky(r)}${mountains(r, false, 2)}${Array.from({ length: 7 }, (_, i) => `<path d="M0 ${460 + i * 40} Q480 ${430 + i * 40} ${W} ${460 + i * 40}" stroke="#5a7a3a" stroke-width="14" stroke-dasharray="4 18" stroke-linecap="round" fill="none"/>`).join("")}`;
      break;
    case "gence-daskesen":
      body = `${sky(r)}${mountains(r, true, 3)}<ellipse cx="480" cy="${H * 0.8}" rx="340" ry="70" fill="#2f7a8a"/>${trees(r, 8, H * 0.76, "#24452a")}`;
      break;
    case "naxcivan":
      body = `${sky(r)}<path d="M0 ${H * 0.6} L300 ${H * 0.6} L420 180 L470 200 L520 170 L640 ${H * 0.6} L${W} ${H * 0.6} V${H} H0Z" fill="#b8745a"/><rect y="${H * 0.6}" width="${W}" height="${H * 0.4}" fill="#d8b07a"/>${Array.from({ length: 6 }, (_, i) => `<circle cx="${80 + i * 160}" cy="${H * 0.7}" r="36" fill="#6b8a3a"/>${fruit(r, "apricot", 80 + i * 160, H * 0.7, 10, "#f0a43a")}`).join("")}`;
      break;
    case "seki-zaqatala":
      body = `${sky(r)}${mountains(r, true, 3)}<g transform="translate(320 330)"><rect width="320" height="200" fill="#e8dcc8"/><path d="M-20 0 h360 l-40 -50 h-280Z" fill="#6b4a3a"/>${[0, 1, 2, 3].map((i) => `<path d="M${30 + i * 72} 200 v-90 q26 -40 52 0 v90Z" fill="#2f5d8c"/><path d="M${30 + i * 72} 110 q26 -40 52 0" stroke="#c8302a" stroke-width="6" fill="none"/>`).join("")}</g>`;
      break;
    case "quba-xacmaz":
      body = `${sky(r)}${mountains(r, true, 2)}<rect y="${H * 0.62}" width="${W}" height="${H * 0.38}" fill="#7a9a3a"/>${Array.from({ length: 12 }, (_, i) => `<circle cx="${40 + (i % 6) * 170 + (i >= 6 ? 80 : 0)}" cy="${H * 0.66 + (i >= 6 ? 90 : 0)}" r="46" fill="#3f6a2a"/>${[0, 1, 2].map((k) => `<circle cx="${40 + (i % 6) * 170 + (i >= 6 ? 80 : 0) - 20 + k * 20}" cy="${H * 0.66 + (i >= 6 ? 90 : 0) + (k % 2) * 16}" r="7" fill="#c0392b"/>`).join("")}`).join("")}`;
      break;
    default:
      body = `${sky(r)}${mountains(r, true, 3)}${trees(r, 12, H * 0.9, "#24452a")}`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`;
}
