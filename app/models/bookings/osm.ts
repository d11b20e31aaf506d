/** A link that opens an address in OpenStreetMap (its search finds villages and streets by name). */
export function osmLink(address: string) {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}
