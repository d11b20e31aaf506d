import { expect, test } from "@playwright/test";
import { expectAccessible, login } from "./fixtures";

test("a family opens demand planning and sees the forecast and its error; a mentor turns unmet demand into a task", async ({ browser }) => {
  const producer = await (await browser.newContext()).newPage();
  await login(producer, "producer@example.az", "/dashboard/insights?lang=en");
  await producer.getByRole("link", { name: "Demand planning" }).click();
  await expect(producer.getByRole("heading", { level: 1, name: "Demand planning" })).toBeVisible();
  // the seeded history: a forecast for all products together, and one per product with its back-test
  await expect(producer.getByRole("heading", { level: 3, name: "Sales forecast, next 3 months" })).toBeVisible();
  const products = producer.getByRole("table", { name: "Per product" });
  const walnut = products.getByRole("row", { name: /Green walnut preserve/ });
  await expect(walnut).toContainText("±19");
  // a product without a year of sales says so instead of guessing
  await expect(products.getByRole("row", { name: /White cherry preserve/ })).toContainText("Not enough history");
  const section = producer.getByRole("region", { name: "Green walnut preserve" });
  await expect(section.getByText("Average error per week")).toBeVisible();
  await expect(section.getByText("forecast 119 jar, sold 148 jar")).toBeVisible();
  await expectAccessible(producer);

  const mentor = await (await browser.newContext()).newPage();
  await login(mentor, "mentor@example.az", "/admin/planning?lang=en");
  await expect(mentor.getByRole("heading", { level: 1, name: "Demand planning" })).toBeVisible();
  await expect(mentor.getByRole("heading", { name: "Unmet demand" })).toBeVisible();
  await expect(mentor.getByText("“trüf göbələyi”")).toBeVisible();
  const row = mentor.getByRole("listitem").filter({ hasText: "Pomegranate jam" });
  await expect(row).toContainText("7 shoppers wait for it to be back in stock");
  await row.getByText("Create a task").click();
  const title = `Plan the next batch ${Date.now()}`;
  await row.getByLabel("Task").fill(title);
  await row.getByRole("button", { name: "Add the task" }).click();
  await expect(mentor.getByText("Task added")).toBeVisible();
  // the family's page lists it
  await mentor.getByRole("listitem").filter({ hasText: "Pomegranate jam" }).getByRole("link", { name: "Hacıyevlər Nar Bağı" }).click();
  await expect(mentor.getByText(title)).toBeVisible();
});
