/** A shopper as the benchmark and the profiler see the storefront: signed up, one product in the cart. */
import crypto from "node:crypto";

const cookieOf = (response: Response) => (response.headers.get("set-cookie") ?? "").split(";")[0];

/** Signs a new shopper up on a running server and adds the product at `productPath` to their cart; returns their cookie. */
export async function signedInShopperWithCart(base: string, productPath: string) {
  const headers = { Origin: base, "Content-Type": "application/x-www-form-urlencoded" };
  const signup = await fetch(`${base}/signup`, {
    method: "POST",
    headers,
    redirect: "manual",
    body: new URLSearchParams({ name: "Bench Shopper", email: `bench-${crypto.randomBytes(4).toString("hex")}@example.az`, password: "bench-password-2026" }),
  });
  const session = cookieOf(signup);
  if (signup.status !== 302 || !session) throw new Error(`signup answered ${signup.status}`);
  const productPage = await (await fetch(`${base}${productPath}`, { headers: { Cookie: session } })).text();
  const productId = productPage.match(/name="productId" value="([^"]+)"/)?.[1];
  if (!productId) throw new Error(`no add-to-cart form on ${productPath}`);
  // a product sold in packs has a variant to choose (the first is preselected on the page)
  const variantId = productPage.match(/<select[^>]*name="variantId"[^>]*><option value="([^"]+)"/)?.[1];
  const add = await fetch(`${base}/cart`, {
    method: "POST",
    headers: { ...headers, Cookie: session },
    redirect: "manual",
    body: new URLSearchParams({ intent: "add", productId, quantity: "1", ...(variantId ? { variantId } : {}) }),
  });
  if (add.status >= 400) throw new Error(`adding to the cart answered ${add.status}`);
  return session;
}
