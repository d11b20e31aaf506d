import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, waitForHydration } from "./fixtures";

async function searchAddAndOpenCart(page: Page, { hydrated }: { hydrated: boolean }) {
  await page.goto("/?lang=en");
  // A combobox once the page is hydrated (suggestions), a plain searchbox without JavaScript.
  await page
    .getByRole("combobox", { name: "Search" })
    .or(page.getByRole("searchbox", { name: "Search" }))
    .first()
    .fill("seki halva");
  await page.getByRole("button", { name: "Search" }).first().click();
  await expect(page).toHaveURL(/\/search\?q=seki\+halva/);
  await expect(page.getByRole("status").first()).toContainText(/\d+ product/);
  await page
    .getByRole("link", { name: /Shaki halva/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Shaki halva");
  // Before the scripts start (on the first touch) the button is a plain form post to the cart page.
  if (hydrated) await waitForHydration(page);
  await page.getByLabel("Quantity").fill("2");
  await page.getByRole("button", { name: "Add to cart" }).click();
}

test("search → product → add to cart → cart, with JavaScript", async ({ page }) => {
  await searchAddAndOpenCart(page, { hydrated: true });
  await expect(page.getByText("Added to your cart.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Cart 2 items" })).toBeVisible();
  await page.getByRole("link", { name: "Cart 2 items" }).click();
  await expect(page.getByRole("heading", { name: "Cart" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Shaki halva/ })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("search → product → add to cart → cart, then update and remove", async ({ page }) => {
    await searchAddAndOpenCart(page, { hydrated: false });
    await expect(page).toHaveURL(/\/cart$/);
    await expect(page.getByRole("link", { name: "Cart 2 items" })).toBeVisible();
    await page.getByLabel("Quantity").fill("3");
    await page.getByRole("button", { name: "Update" }).click();
    await expect(page.getByRole("link", { name: "Cart 3 items" })).toBeVisible();
    // The browser itself refuses 0 (min=1); the server's own message is covered in tests/integration/cart.test.ts.
    await page.getByLabel("Quantity").fill("0");
    await page.getByRole("button", { name: "Update" }).click();
    await expect(page.getByLabel("Quantity")).toHaveJSProperty("validity.rangeUnderflow", true);
    await expect(page.getByRole("link", { name: "Cart 3 items" })).toBeVisible();
    await page.getByRole("button", { name: /Remove Shaki halva/ }).click();
    await expect(page.getByText("Your cart is empty.")).toBeVisible();
  });

  test("catalogue filters are a plain GET form", async ({ page }) => {
    await page.goto("/products?lang=en");
    await page.getByLabel("Sector").selectOption("handicraft");
    await page.getByLabel("From").fill("100");
    await page.getByRole("button", { name: "Show results" }).click();
    await expect(page).toHaveURL(/sector=handicraft/);
    await expect(page).toHaveURL(/min=100/);
    await expect(page.getByRole("status").first()).toContainText(/\d+ products?/);
  });

  test("one family's listings in the catalogue keep the family when filtered further", async ({ page }) => {
    await page.goto("/products?producer=karimovlar-misgar-evi&lang=en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kərimovlar Misgər Evi");
    await expect(page.getByRole("link", { name: "The family's page" })).toHaveAttribute("href", "/producers/karimovlar-misgar-evi");
    await page.getByLabel("From").fill("1");
    await page.getByRole("button", { name: "Show results" }).click();
    await expect(page).toHaveURL(/producer=karimovlar-misgar-evi/);
    await expect(page.locator(".product-card__producer").first()).toContainText("Kərimovlar Misgər Evi");
  });
});

test("the home page's map draws every region from its outlines file, and a region leads to its catalogue", async ({ page, request }) => {
  await page.goto("/?lang=en");
  const references = await page.locator(".region-map use").evaluateAll((uses) => uses.map((use) => use.getAttribute("href") ?? ""));
  expect(references).toHaveLength(14);
  const file = references[0].split("#")[0];
  expect(references.every((href) => href.startsWith(`${file}#`))).toBe(true);
  const outlines = await (await request.get(file)).text();
  for (const href of references) expect(outlines, href).toContain(`<path id="${href.split("#")[1]}" d="M`);
  // drawn once the file has arrived: the first link's outline has its region's size, not nothing
  await expect.poll(async () => (await page.locator(".region-map__link use").first().boundingBox())?.width ?? 0).toBeGreaterThan(20);
  await page.locator(".region-map__link").first().click();
  await expect(page).toHaveURL(/\/products\?region=/);
});

test("absurd filters give a page, not an error", async ({ page }) => {
  const response = await page.goto("/products?min=-5&page=99999&sort=evil&lang=en");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Catalogue" })).toBeVisible();
});

test("an empty search suggests loosening it", async ({ page }) => {
  await page.goto("/search?q=zzzqqqxx&region=baki&lang=en");
  await expect(page.getByText("Nothing matches these filters yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Any region" })).toBeVisible();
});

// Every storefront page is axe-checked in every-page.spec.ts; here only what a visit does not reach.
test("product and producer pages describe themselves", async ({ page }) => {
  await page.goto("/products?category=carpets&lang=en");
  await page.locator(".product-card__title a").first().click();
  await expect(page.locator(".producer-aside h2 a")).toBeVisible();
  // A carpet states its size and area, in words and in structured data.
  const facts = page.getByRole("region", { name: "Specifications" });
  await expect(facts.getByText(/^\d+ × \d+ cm$/)).toBeVisible();
  await expect(facts.getByText(/^[\d.]+ m²$/)).toBeVisible();
  // the product's own JSON-LD (the page also carries its BreadcrumbList)
  const jsonLd = await page.evaluate(() =>
    [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? "{}")).find((d) => d["@type"] === "Product"),
  );
  expect(jsonLd["@type"]).toBe("Product");
  expect(jsonLd.offers.priceCurrency).toBe("AZN");
  expect(jsonLd.additionalProperty).toEqual(expect.arrayContaining([expect.objectContaining({ name: "Width", unitCode: "CMT" })]));
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
  await expect(page.locator('link[hreflang="ru"]')).toHaveCount(1);
  await page.locator(".producer-aside h2 a").click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test.describe("suggestions as you type", () => {
  test("a combobox that offers products, categories and places, by keyboard, accessible, with no hydration errors", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto("/?lang=en");
    await waitForHydration(page);
    const box = page.getByRole("combobox", { name: "Search" });
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await box.pressSequentially("xalc");
    const list = page.getByRole("listbox", { name: "Suggestions" });
    await expect(list).toBeVisible();
    await expect(box).toHaveAttribute("aria-expanded", "true");
    await expect(list.getByRole("option", { name: /Carpets\s*Category/ })).toBeVisible();
    await expectAccessible(page);
    await box.press("ArrowDown");
    const first = list.getByRole("option").first();
    await expect(first).toHaveAttribute("aria-selected", "true");
    await expect(box).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
    const title = (await first.locator("span").first().textContent())!;
    await box.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page).toHaveURL(/\/products\//);
    expect(errors).toEqual([]);
  });

  test("words typed as soon as the page shows get suggestions; Escape closes the list and Enter then searches as typed", async ({ page }) => {
    await page.goto("/?lang=en");
    // Typing is the first interaction: the scripts start while the words go in.
    await page.getByRole("searchbox", { name: "Search" }).pressSequentially("honey");
    const box = page.getByRole("combobox", { name: "Search" });
    await expect(page.getByRole("listbox", { name: "Suggestions" })).toBeVisible();
    await box.press("Escape");
    await expect(page.getByRole("listbox", { name: "Suggestions" })).toBeHidden();
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=honey/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("honey");
  });
});

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("is a plain form, and a typo still finds the product with a did-you-mean link", async ({ page }) => {
    await page.goto("/?lang=en");
    await expect(page.getByRole("combobox")).toHaveCount(0);
    await page.getByRole("searchbox", { name: "Search" }).first().fill("pomegranite");
    await page.getByRole("button", { name: "Search" }).first().click();
    await expect(page).toHaveURL(/\/search\?q=pomegranite/);
    await expect(page.getByText("Did you mean")).toBeVisible();
    await page.getByRole("link", { name: /^pomegranates?$/ }).click();
    await expect(page.locator("#filter-q")).toHaveValue(/^pomegranates?$/);
    await expect(page.getByRole("link", { name: /Goychay pomegranate juice/ }).first()).toBeVisible();
  });
});
