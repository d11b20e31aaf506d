import { expect, test, type Page } from "@playwright/test";
import { bakuDayFromNow, expectAccessible, login, pageWidth } from "./fixtures";

async function bookTwoNightsInLahic(page: Page, checkIn: string, checkOut: string) {
  await page.goto("/products/double-room-in-a-lahij-stone-house?lang=en");
  await expect(page.getByRole("heading", { name: "About this stay" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Open in OpenStreetMap" })).toHaveAttribute("href", /openstreetmap\.org\/search\?query=/);
  await page.getByLabel("Check-in").fill(checkIn);
  await page.getByLabel("Check-out").fill(checkOut);
  await page.getByLabel("Guests").fill("2");
  await page.getByRole("button", { name: "Check dates and price" }).click();
  await expect(page.getByText("These dates are free. Total for 2 nights")).toBeVisible();
  await page.getByRole("button", { name: "Book these nights" }).click();
  await expect(page.getByRole("heading", { name: "Cart", exact: true })).toBeVisible();
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("found through the catalogue's filters: two nights in a Lahıc guesthouse, a cooking class in Şəki and a jar of honey, paid in cash, make three orders: one delivery, two on site", async ({
    page,
  }) => {
    const checkIn = bakuDayFromNow(40);
    const checkOut = bakuDayFromNow(42);
    // The catalogue finds stays free for both nights for two guests, in the "Filter · Sort" form.
    await page.goto("/products?lang=en");
    const filters = page.getByRole("form", { name: "Filters" });
    await filters.getByLabel("Type").selectOption("STAY");
    await filters.getByLabel("Date").fill(checkIn);
    await filters.getByLabel("Nights").fill("2");
    await filters.getByLabel("People").fill("2");
    await filters.getByRole("button", { name: "Show results" }).click();
    await expect(page).toHaveURL(/kind=STAY.*nights=2/);
    await expect(page.getByRole("link", { name: /Double room in a Lahij stone house/ }).first()).toBeVisible();
    await expect(page.locator(".catalog__results").getByRole("link", { name: /honey/i })).toHaveCount(0);
    await bookTwoNightsInLahic(page, checkIn, checkOut);

    // A cooking class in Şəki: the Nabiyevs' piti class.
    await page.goto("/products/shaki-piti-cooking-class?lang=en");
    await expect(page.getByRole("heading", { name: "About this experience" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Dates" })).toBeVisible();
    // Sessions are grouped under dates that name their weekday.
    await expect(page.locator(".sessions__date").first()).toContainText(/Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/);
    await page.getByLabel("People").fill("2");
    await page.getByRole("button", { name: "Book" }).click();
    await expect(page.getByRole("heading", { name: "Cart", exact: true })).toBeVisible();

    await page.goto("/products/gusar-mountain-honey?lang=en");
    // The family said the honey has no allergens (not the same as not saying).
    await expect(page.getByRole("region", { name: "Specifications" }).getByText("none", { exact: true })).toBeVisible();
    await page.getByLabel("Quantity").fill("1");
    await page.getByRole("button", { name: "Add to cart" }).click();

    // People and nights in words; the badge counts the stay and the class once each.
    await expect(page.getByText("2 nights · 2 people")).toBeVisible();
    await expect(page.getByText(/· 2 people$/).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Cart 3 items" })).toBeVisible();

    await page.goto("/checkout?lang=en");
    await page.getByLabel("Full name").fill("Leyla Həsənova");
    await page.getByLabel("Email").fill("lahic-trip@example.az");
    await page.getByLabel("Phone").fill("+994 50 555 77 88");
    await page.getByLabel("Street, house, flat").fill("Nizami küç. 10, mənzil 5");
    await page.getByLabel("District or city").selectOption("Nəsimi");
    await page.getByLabel("Cash on delivery or at pickup").check();
    await page.getByRole("button", { name: "Place order" }).click();
    await expect(page.getByRole("heading", { name: "Thank you for your order" })).toBeVisible();

    const orders = page.locator(".order-summary");
    await expect(orders).toHaveCount(3);
    await expect(orders.filter({ hasText: "Delivery to" })).toHaveCount(1);
    await expect(orders.filter({ hasText: "Gusar mountain honey" })).toContainText("Delivery to");
    const onSite = orders.filter({ hasText: "Takes place on site" });
    await expect(onSite).toHaveCount(2);
    await expect(onSite.filter({ hasText: "Double room in a Lahij stone house" })).toContainText("2 nights · 2 people");
    await expect(onSite.filter({ hasText: "Shaki piti cooking class" })).toContainText("2 people");

    // The stay's own page: address with its map, the host's phone only once confirmed, the policy and a cancel button.
    await onSite
      .filter({ hasText: "Double room in a Lahij stone house" })
      .getByRole("link", { name: /Follow order/ })
      .click();
    await expect(page.getByText("The host’s phone appears here once the booking is confirmed.")).toBeVisible();
    await expect(page.getByText(/Free cancellation until/)).toBeVisible();
    await page.getByRole("button", { name: "Cancel booking" }).click();
    await expect(page.getByText("The booking is cancelled.")).toBeVisible();

    // The nights are free again.
    await bookTwoNightsInLahic(page, checkIn, checkOut);
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  // The stay, experience and calendar pages are axe-checked in every-page.spec.ts; the open filters here.
  test("the open booking filters pass axe; stay and experience describe themselves; the host blocks a night", async ({ page }) => {
    await page.goto(`/products?kind=EXPERIENCE&date=${bakuDayFromNow(10)}&people=2&lang=en`);
    await page.locator("summary", { hasText: "Filter · Sort" }).click();
    await expect(page.getByLabel("People")).toHaveValue("2");
    await expectAccessible(page);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await page.goto(`/products/double-room-in-a-lahij-stone-house?checkIn=${bakuDayFromNow(50)}&checkOut=${bakuDayFromNow(53)}&guests=2`);
    await expect(page.getByText("These dates are free. Total for 3 nights")).toBeVisible();
    // the first JSON-LD is the listing's own (a BreadcrumbList follows)
    const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
    expect(JSON.parse(jsonLd!)).toMatchObject({ "@type": "LodgingBusiness", containsPlace: { "@type": "Accommodation" } });
    await page.goto("/products/shaki-piti-cooking-class");
    const tripLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
    expect(tripLd["@graph"][0]["@type"]).toBe("TouristTrip");
    expect(tripLd["@graph"][1]["@type"]).toBe("Event");

    await login(page, "malikovlar-lahij-qonaq-evi@example.az", "/dashboard/bookings?lang=en");
    await expect(page.getByRole("table")).toBeVisible();
    const day = bakuDayFromNow(60);
    await page.getByLabel("Day", { exact: true }).first().fill(day);
    await page.getByRole("button", { name: "Block", exact: true }).click();
    await page.goto(`/dashboard/bookings?lang=en&month=${day.slice(0, 7)}`);
    await expect(page.locator(".booking-calendar .is-blocked")).toHaveCount(1);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
  });
});
