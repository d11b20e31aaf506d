import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "abad-demo-2026";

export async function login(page: Page, email: string, redirectTo?: string) {
  await page.goto(`/login${redirectTo ? `?redirectTo=${encodeURIComponent(redirectTo)}` : ""}`);
  await page.getByLabel(/E-poçt|Email|E-mail/).fill(email);
  await page.getByLabel(/Şifrə|Password|Пароль/).fill(DEMO_PASSWORD);
  await page
    .locator("form")
    .getByRole("button", { name: /Daxil ol|Log in|Войти/ })
    .click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** Zero serious or critical axe violations on the current page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    ),
  ).toEqual([]);
}
