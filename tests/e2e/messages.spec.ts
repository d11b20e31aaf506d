import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, login } from "./fixtures";

const PRODUCER_PAGE = "/producers/mammadovlar-shirniyyat-evi?lang=en";

/**
 * The "show" for messages: a shopper with no order asks a family a question from a
 * product page (with JavaScript off, so the plain forms are what is tested), the family sees it
 * counted in the dashboard's nav and answers, and the shopper reads the answer in their account.
 */
test("a question asked before a purchase is answered by the family", async ({ browser }) => {
  const email = `asker-${Date.now()}@example.az`;
  const question = "How big is the box? See https://example.com/box <b>bold</b>";

  const shopperContext = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
  const shopper = await shopperContext.newPage();
  await shopper.goto("/signup?lang=en");
  await shopper.getByLabel("Name").fill("Kamran Asker");
  await shopper.getByLabel("Email").fill(email);
  await shopper.getByLabel("Password").fill(DEMO_PASSWORD);
  await shopper.getByRole("button", { name: "Create account" }).click();
  await shopper.waitForURL((url) => !url.pathname.startsWith("/signup"));

  await shopper.goto(PRODUCER_PAGE);
  await shopper.locator('a[href^="/products/"]').first().click();
  await shopper.getByText("Ask the family").click();
  await shopper.getByLabel("Your question").fill(question);
  await shopper.getByRole("button", { name: "Send" }).first().click();
  await shopper.waitForURL(/\/messages\/[^/]+$/);
  const threadPath = new URL(shopper.url()).pathname;
  // Shown as text: the link is not clickable and the tags are not markup.
  await expect(shopper.locator(".message__body").first()).toHaveText(question);
  await expect(shopper.locator(".message__body a, .message__body b")).toHaveCount(0);
  await expect(shopper.getByText("Phone numbers and e-mail addresses are shared once there is an order between you.")).toBeVisible();

  const familyContext = await browser.newContext();
  const family = await familyContext.newPage();
  await login(family, "producer@example.az", "/dashboard?lang=en");
  const nav = family.getByRole("navigation", { name: "Dashboard" });
  await expect(nav.getByRole("link", { name: /Messages \(\d+ unread conversations?\)/ })).toBeVisible();
  await nav.getByRole("link", { name: /Messages/ }).click();
  // This shopper's conversation (a run before this one on the same server left others of that name).
  await family
    .getByRole("link", { name: "Kamran Asker" })
    .and(family.locator(`[href="/dashboard${threadPath}"]`))
    .click();
  await expect(family.locator(".message__body").first()).toHaveText(question);
  await family.getByLabel("Your answer").fill("It is 30 × 20 cm, and it travels well.");
  await family.getByRole("button", { name: "Send" }).click();
  await expect(family.getByRole("status").filter({ hasText: "Message sent." })).toBeVisible();
  await expect(family.locator(".message__body")).toHaveText([question, "It is 30 × 20 cm, and it travels well."]);

  await shopper.goto("/messages?lang=en");
  await expect(shopper.locator(".thread-list__item--unread")).toHaveCount(1);
  await shopper.goto(`${threadPath}?lang=en`);
  await expect(shopper.locator(".message__body").last()).toHaveText("It is 30 × 20 cm, and it travels well.");
  await shopperContext.close();
  await familyContext.close();
});
