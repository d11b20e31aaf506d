import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { bakuDayFromNow, expectAccessible, login } from "./fixtures";

const PRODUCER = "producer@example.az";

async function phonePhoto() {
  return sharp({ create: { width: 1400, height: 1000, channels: 3, background: "#c0703a" } })
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: "PhoneCo", Model: "Camera 1" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "40/1 24/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "49/1 52/1 0/1" },
    })
    .toBuffer();
}

async function createListing(page: Page, title: string, experience = false) {
  await page.goto("/dashboard/products/new?lang=en");
  await expect(page.getByRole("heading", { level: 1, name: "New product" })).toBeVisible();
  if (experience) {
    await page.getByRole("navigation", { name: "What are you listing?" }).getByRole("link", { name: "Experience" }).click();
    await expect(page.getByLabel("Price per person, AZN")).toBeVisible();
  }
  const az = page.getByRole("group", { name: /Azerbaijani/ });
  await az.getByLabel("Name").fill(title);
  await az.getByLabel("Description").fill("Şəkidə əl ilə bişirilmiş, test üçün.");
  await expect(page.getByRole("group", { name: /English/ }).getByText("Missing translation")).toBeVisible();
  await page.getByLabel("Category").selectOption({ index: 1 });
  if (experience) {
    // An experience's own words: places per date, never stock.
    await expect(page.getByLabel("In stock")).toHaveCount(0);
    await page.getByLabel("Price per person, AZN").fill("4,50");
    await page.getByLabel("Places per date").fill("8");
    await page.getByLabel("Meeting point").fill("Şəki, Xan sarayının qarşısı");
    await page.getByLabel("Duration, minutes").fill("120");
    await page.getByRole("group", { name: "Languages you host in" }).getByLabel("English").check();
    await page.getByLabel("What’s included").fill("Çay və şirniyyat");
    await page.getByRole("radio", { name: /Flexible/ }).check();
  } else {
    await page.getByLabel("Sold by").selectOption("box");
    await page.getByLabel("Price, AZN").fill("4,50");
    await page.getByLabel("In stock").fill("10");
    // Food sold by the box states how much is in it: the form says so, then takes the weight.
    await page.getByRole("button", { name: "Create and send for review" }).click();
    await expect(page.getByText("Give the weight or the volume.")).toBeVisible();
    await page.getByLabel("Weight, g").fill("500");
    await page.getByRole("group", { name: "Allergens" }).getByLabel("tree nuts").check();
  }
  await page.getByRole("button", { name: "Create and send for review" }).click();
  await expect(page).toHaveURL(/\/dashboard\/products\/[^/]+\/photos\?created=1/);
}

test("a producer lists a product with a phone photo; GPS never reaches a served file; insights load", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, PRODUCER, "/dashboard?lang=en");
  const title = `E2E mürəbbə ${Date.now()}`;
  await createListing(page, title);
  await expect(page.getByText("Listing created and sent for review")).toBeVisible();

  await page.getByLabel("Photo file").setInputFiles({ name: "IMG_2041.jpg", mimeType: "image/jpeg", buffer: await phonePhoto() });
  await page.getByLabel("Describe the photo").fill("Three jars on a table");
  await page.getByRole("button", { name: "Upload photo" }).click();
  await expect(page.getByText(/Photo added/)).toBeVisible();
  const image = page.getByRole("img", { name: "Three jars on a table" });
  await expect(image).toBeVisible();

  // Every served size and format comes without EXIF (and so without GPS).
  const srcset = (await image.getAttribute("srcset")) ?? "";
  const sources = await page.locator("picture source").first().getAttribute("srcset");
  const urls = [...srcset.split(","), ...(sources ?? "").split(",")].map((s) => s.trim().split(" ")[0]).filter(Boolean);
  expect(urls.length).toBeGreaterThan(2);
  for (const url of urls) {
    const response = await page.request.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("immutable");
    const body = await response.body();
    expect((await sharp(body).metadata()).exif, url).toBeUndefined();
    expect(body.includes(Buffer.from("PhoneCo")), url).toBe(false);
  }

  await page.goto("/dashboard/products?status=PENDING_REVIEW&lang=en");
  const row = page.getByRole("row", { name: new RegExp(title) });
  await expect(row.getByText("Pending review")).toBeVisible();
  await expect(row.getByText("Missing translation: EN, RU")).toBeVisible();

  await page.goto("/dashboard/insights?days=90&lang=en");
  await expect(page.getByRole("heading", { level: 1, name: "Insights" })).toBeVisible();
  await expect(page.getByRole("figure", { name: "Views per day" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Per product" })).toBeVisible();
  await page.getByRole("link", { name: "Last 7 days" }).click();
  await expect(page).toHaveURL(/days=7/);
});

test("a producer lists an experience and adds a date, which starts with the places per date", async ({ page }) => {
  await login(page, PRODUCER, "/dashboard");
  await createListing(page, `E2E tour ${Date.now()}`, true);
  const editUrl = new URL(page.url()).pathname.replace(/\/photos$/, "");
  // An experience with one date, so the slots page shows its table.
  await page.goto(`${editUrl}/slots?lang=en`);
  const nextMonth = bakuDayFromNow(30);
  const addForm = page.locator("form", { has: page.getByRole("button", { name: "Add date" }) });
  await addForm.getByLabel("Date").fill(nextMonth);
  await addForm.getByLabel("Start time").fill("10:00");
  await page.getByRole("button", { name: "Add date" }).click();
  // New dates start with the experience's places per date.
  await expect(addForm.getByLabel("Places")).toHaveValue("8");
  await expect(page.getByText("Date added.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Upcoming dates" })).toBeVisible();
  // the dates page with its table and notice; every other dashboard page is axe-checked in every-page.spec.ts
  await expectAccessible(page);
});

test("the overview and products pages in English and Russian", async ({ page }) => {
  await login(page, PRODUCER, "/dashboard?lang=en");
  for (const [lang, overview, products, status] of [
    ["en", "Overview", "Products", "Published"],
    ["ru", "Обзор", "Товары", "Опубликовано"],
    ["az", "Ümumi baxış", "Məhsullar", "Dərc olunub"],
  ] as const) {
    await page.goto(`/dashboard?lang=${lang}`);
    await expect(page.getByRole("heading", { level: 1, name: overview })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await page.goto(`/dashboard/products?lang=${lang}`);
    await expect(page.getByRole("heading", { level: 1, name: products })).toBeVisible();
    await expect(page.getByText(status).first()).toBeVisible();
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a listing with a negative price gets a field message", async ({ page }) => {
    await login(page, PRODUCER, "/dashboard/products/new?lang=en");
    const az = page.getByRole("group", { name: /Azerbaijani/ });
    await az.getByLabel("Name").fill("Mənfi qiymət");
    await az.getByLabel("Description").fill("Bu yalnız yoxlama üçündür.");
    await page.getByLabel("Category").selectOption({ index: 1 });
    await page.getByLabel("Price, AZN").fill("-3");
    await page.getByLabel("In stock").fill("1");
    await page.getByRole("button", { name: "Create and send for review" }).click();
    await expect(page.getByText("The price cannot be negative.")).toBeVisible();
  });

  test("a guesthouse lists a room as a stay: nights, guests and an address, never stock", async ({ page }) => {
    await login(page, PRODUCER, "/dashboard/products/new?lang=en");
    await page.getByRole("link", { name: "Stay (room or house)" }).click();
    await expect(page.getByLabel("In stock")).toHaveCount(0);
    const title = `E2E otaq ${Date.now()}`;
    const az = page.getByRole("group", { name: /Azerbaijani/ });
    await az.getByLabel("Name").fill(title);
    await az.getByLabel("Description").fill("Şəkidə iki nəfərlik otaq, test üçün.");
    await page.getByLabel("Category").selectOption({ index: 1 });
    await page.getByLabel("Price per night, AZN").fill("60");
    await page.getByLabel("Friday and Saturday night price, AZN (optional)").fill("75");
    await page.getByLabel("Guests the room sleeps").fill("2");
    await page.getByLabel("Shortest stay, nights").fill("2");
    // A season price needs its months: the form says so without JavaScript.
    await page.getByLabel("High-season night price, AZN (optional)").fill("80");
    await page.getByLabel("Address of the room or house").fill("Şəki, Kiş kəndi 5");
    await page.getByRole("radio", { name: /Strict/ }).check();
    await page.getByRole("button", { name: "Create and send for review" }).click();
    await expect(page.getByText("Tick the months the season price applies in.")).toBeVisible();
    await page
      .getByRole("group", { name: /High-season months/ })
      .getByLabel("July")
      .check();
    await page.getByRole("button", { name: "Create and send for review" }).click();
    await expect(page).toHaveURL(/\/dashboard\/products\/[^/]+\/photos\?created=1/);

    await page.goto(page.url().replace(/\/photos\?created=1$/, "?lang=en"));
    await expect(page.getByText("Stay (room or house)")).toBeVisible();
    await expect(page.getByLabel("Guests the room sleeps")).toHaveValue("2");
    await expect(page.getByLabel("Friday and Saturday night price, AZN (optional)")).toHaveValue("75.00");
    await expect(page.getByRole("link", { name: "Calendar: bookings and blocked dates" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Options" })).toHaveCount(0);
  });
});
