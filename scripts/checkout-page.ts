/**
 * The hidden fields a checkout page carries (its idempotency key, bound to the visitor, and the
 * delivery fees it showed), read from the page's HTML the way a browser would submit them. Used
 * by the benchmark and the crash test, which drive the real pages over HTTP.
 */
export function checkoutPageFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="(idempotencyKey|shownFee\.[^"]+)" value="([^"]*)"/g)) fields[match[1]] = match[2];
  if (!fields.idempotencyKey) throw new Error("the checkout page has no idempotency key");
  return fields;
}
