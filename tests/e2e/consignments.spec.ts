import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";

/**
 * Issue #19's show: a consignment received and sold at the counter, then the stock and the ledger
 * checked. On a phone and without JavaScript (plain form posts; the counter's search field is what
 * a barcode scanner types into). Figures are read before and compared after, so the journey holds
 * on a database other journeys (or a retry) have sold from too. The pages' axe, width and hydration
 * checks are in every-page.spec.ts.
 */
test.use({ viewport: { width: 360, height: 780 }, javaScriptEnabled: false });

const amount = async (page: Page, term: string) => {
  const text = (await page.locator("dt", { hasText: term }).locator("xpath=following-sibling::dd[1]").textContent()) ?? "";
  return Math.round(Number(text.replace(/[^\d.]/g, "")) * 100);
};

test("a producer sends a consignment, the Baku centre receives it and sells at the counter; stock and ledger follow", async ({ browser }) => {
  test.setTimeout(120_000);
  const newPhone = async () => (await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } })).newPage();

  const producer = await newPhone();
  await login(producer, "producer@example.az", "/dashboard/consignments?lang=en");
  const owedBefore = await amount(producer, "Owed to you for them");
  await producer.getByRole("link", { name: "New consignment note" }).click();
  await producer.getByLabel("ABAD centre").selectOption({ label: "ABAD Old City centre — Kiçik Qala küç. 5, bərpa olunmuş hamam, Səbail" });
  await producer.getByLabel(/^Shaki halva with walnuts/).fill("2");
  await producer.getByRole("button", { name: "Send to the centre" }).click();
  await expect(producer.getByRole("status")).toHaveText(/Consignment note sent\./);
  const number = ((await producer.getByRole("heading", { level: 1 }).textContent()) ?? "").match(/KQ-[\w-]+/)![0];
  const line = producer.getByRole("row", { name: /Qozlu Şəki halvası/ });
  const code = ((await line.locator("code").textContent()) ?? "").trim();
  expect(code).not.toBe("");
  await expect(line.getByRole("img", { name: `QR code of item code ${code}` })).toBeVisible();
  // printed, the note is the whole page: no site header, no dashboard menu
  await producer.emulateMedia({ media: "print" });
  await expect(producer.getByRole("navigation", { name: "Dashboard" })).toBeHidden();
  await expect(producer.locator(".site-header")).toBeHidden();
  await expect(line).toBeVisible();
  await producer.emulateMedia({ media: "screen" });

  const centre = await newPhone();
  await login(centre, "centre@example.az", "/centre/consignments?lang=en");
  await centre.getByRole("link", { name: number }).click();
  await expect(centre.getByLabel("Received of Qozlu Şəki halvası")).toHaveValue("2");
  await centre.getByRole("button", { name: "Received: add to the centre's stock" }).click();
  await expect(centre.getByRole("status")).toHaveText(/Consignment received\./);

  // The code as a scanner reading its QR code types it, Enter included: it goes straight into the sale.
  await centre.goto("/centre/counter?lang=en");
  const shelf = centre.getByRole("row", { name: /Shaki halva with walnuts/ });
  const onShelf = Number(await shelf.locator("td").last().textContent());
  expect(onShelf).toBeGreaterThanOrEqual(2);
  await centre.getByLabel("Search or scan a code").fill(code);
  await centre.getByLabel("Search or scan a code").press("Enter");
  await expect(centre.getByLabel(/^Shaki halva with walnuts/)).toHaveValue("1");
  await centre.getByLabel("Cash").check();
  await centre.getByRole("button", { name: "Sell and print the receipt" }).click();
  await expect(centre.getByRole("heading", { level: 1, name: "Receipt" })).toBeVisible();
  await expect(centre.locator(".receipt__total")).toHaveText("Total: ₼28.00");
  await expect(centre.getByText("Paid in cash.")).toBeVisible();
  await centre.getByRole("link", { name: "Next sale" }).click();
  await expect(
    centre
      .getByRole("row", { name: /Shaki halva with walnuts/ })
      .locator("td")
      .last(),
  ).toHaveText(String(onShelf - 1));

  // Online, the product page says the centre has it today.
  const shopper = await newPhone();
  await shopper.goto("/producers/mammadovlar-shirniyyat-evi?lang=en");
  await shopper.getByRole("link", { name: "Shaki halva with walnuts" }).first().click();
  await expect(shopper.getByRole("heading", { name: "Available today at an ABAD centre" })).toBeVisible();
  await expect(shopper.locator(".at-centres")).toContainText(`ABAD Old City centre: ${onShelf - 1} left`);

  // The programme collected ₼28.00: the family is owed it minus the 5% commission.
  await producer.goto("/dashboard/consignments?lang=en");
  expect((await amount(producer, "Owed to you for them")) - owedBefore).toBe(2660);
  await producer.goto("/dashboard/payouts?lang=en");
  await expect(producer.getByRole("row", { name: /ABAD centre sale/ }).first()).toContainText("₼26.60");
});
