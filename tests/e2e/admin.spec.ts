import { expect, test, type Page } from "@playwright/test";
import { bakuDayFromNow, login } from "./fixtures";

// Other specs run in parallel on the same seeded database: every record here is picked by
// name or created with a unique name, and nothing assumes counts.
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function asMentor(page: Page) {
  await login(page, "mentor@example.az", "/admin?lang=en");
  await expect(page.getByRole("heading", { level: 1, name: "Review queues" })).toBeVisible();
}

function queueItem(page: Page, title: string) {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: title }) });
}

test("a mentor approves a pending listing and finds it on the storefront", async ({ page }) => {
  await asMentor(page);
  const title = "Maiden Tower ceramic plate";
  await expect(queueItem(page, title)).toBeVisible();
  await queueItem(page, title)
    .getByRole("button", { name: `Approve and publish (${title})` })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "The listing is published." })).toBeVisible();
  await expect(queueItem(page, title)).toHaveCount(0);
  await page.getByRole("link", { name: "See it on the storefront" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await page.goto("/search?q=maiden+tower&lang=en");
  await expect(page.getByRole("link", { name: new RegExp(title) }).first()).toBeVisible();
});

test("a mentor sends a listing back with a written reason", async ({ page }) => {
  await asMentor(page);
  const title = "Chicken lavangi cooking class";
  const item = queueItem(page, title);
  await item.getByRole("button", { name: `Send back (${title})` }).click();
  await expect(item.getByText("Write the reason, so the producer knows what to change.")).toBeVisible();
  await item.getByLabel("Reason (the producer reads this)").fill("Please add a photo of the dish and the cooking place.");
  await item.getByRole("button", { name: `Send back (${title})` }).click();
  await expect(page.getByRole("status").filter({ hasText: "The listing was sent back with your reason." })).toBeVisible();
  await expect(queueItem(page, title)).toHaveCount(0);
});

test("a mentor adds a task and a private note for a producer", async ({ page }) => {
  await asMentor(page);
  await page.getByRole("navigation", { name: "Programme area" }).getByRole("link", { name: "Producers" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Nəbiyevlər");
  await page.getByRole("button", { name: "Show" }).click();
  await page.getByRole("link", { name: "Nəbiyevlər Piti Evi" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Nəbiyevlər Piti Evi");

  const task = `Retake product photos ${unique()}`;
  const due = bakuDayFromNow(7);
  await page.getByLabel("Task", { exact: true }).fill(task);
  await page.getByLabel("Due date").fill(due);
  await page.getByRole("button", { name: "Add task" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Task added" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: task })).toBeVisible();

  const note = `Interested in a tasting tour ${unique()}`;
  await page.getByLabel("New note").fill(note);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText(note)).toBeVisible();
});

test("a mentor features a collection on the home page", async ({ page }) => {
  await asMentor(page);
  const id = unique();
  const title = `E2E picks ${id}`;
  await page.goto("/admin/collections?lang=en");
  await page.getByLabel("Short name in links").fill(`e2e-${id}`);
  await page.getByLabel("Title in Azerbaijani").fill(`E2E seçimi ${id}`);
  await page.getByLabel("Title in English").fill(title);
  await page.getByLabel("Title in Russian").fill(`E2E подборка ${id}`);
  await page.getByLabel("Position").fill("0");
  await page.getByLabel("Show on the home page").check();
  await page.getByRole("button", { name: "Create collection" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);

  await page.getByRole("searchbox", { name: "Find products to add" }).fill("halva");
  await page.getByRole("button", { name: "Search" }).last().click();
  const results = page.getByRole("list", { name: "Products found" });
  await results.getByRole("button", { name: /^Add / }).first().click();
  await expect(page.getByRole("status").filter({ hasText: "Product added to the collection." })).toBeVisible();
  await page.getByLabel("Add a product by its link or short name").fill("/products/shamakhi-mountain-honey");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.locator(".admin-collection-items li")).toHaveCount(2);
  await page.getByRole("button", { name: /down$/ }).first().click();
  await expect(page.getByRole("status").filter({ hasText: "Order changed." })).toBeVisible();

  await page.goto("/?lang=en");
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  // The home page shows its first few; the collection's own page has them all.
  await page.getByRole("region", { name: title }).getByRole("link", { name: "Show all" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.locator(".product-card")).toHaveCount(2);

  // Tidy up so other specs see the home page as seeded.
  await page.goto("/admin/collections?lang=en");
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("button", { name: "Delete collection" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Collection deleted." })).toBeVisible();
});

test("a mentor reads the programme report and downloads a table", async ({ page }) => {
  await asMentor(page);
  await page.getByRole("navigation", { name: "Programme area" }).getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Programme reports" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "By region" })).toBeVisible();
  await expect(page.getByRole("table", { name: "By region", exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: "Top searches with no results", exact: true }).getByRole("rowheader", { name: "trüf göbələyi" })).toBeVisible();
  await expect(page.getByRole("table", { name: "“Notify me” requests by region", exact: true })).toBeVisible();
  const href = await page.getByRole("link", { name: "Download CSV (By region)" }).getAttribute("href");
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("Region,Sales (AZN)");
  // Staff management is for admins only. (Every admin page is axe-checked in every-page.spec.ts.)
  expect((await page.goto("/admin/staff"))?.status()).toBe(403);
});

test("an admin's staff page lists the demo mentor and invites a new one", async ({ page }) => {
  await login(page, "admin@example.az", "/admin/staff?lang=en");
  await expect(page.getByRole("heading", { level: 1, name: "Staff accounts" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: /Leyla Quliyeva/ })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Programme area" }).getByRole("link", { name: "Payouts" })).toBeVisible();
  const email = `mentor-${unique()}@example.az`;
  await page.getByLabel("Full name").fill("Test Mentor");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Invitation sent" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: new RegExp(email) })).toBeVisible();
});

test("an expired or unknown set-password link says so", async ({ page }) => {
  const response = await page.goto("/reset-password?token=not-a-real-token&lang=en");
  expect(response?.status()).toBe(400);
  await expect(page.getByText("This link has expired or was already used.")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the queue's approve and reject forms work as plain posts", async ({ page }) => {
    await asMentor(page);
    const title = "Halva and shakarbura workshop";
    const item = queueItem(page, title);
    await item.getByLabel("Reason (the producer reads this)").fill("Add the number of guests per class.");
    await item.getByRole("button", { name: `Send back (${title})` }).click();
    await expect(page.getByRole("status").filter({ hasText: "The listing was sent back with your reason." })).toBeVisible();
  });
});
