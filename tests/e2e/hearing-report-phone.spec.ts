import { expect, test, type Page } from "@playwright/test";
import { db } from "./support/db";
import { openOwnDraft, staleSecondPage } from "./support/hearings";

test.afterAll(() => db.$disconnect());
test.use({ viewport: { width: 375, height: 740 } });

/** Height of what stays pinned at the top of the screen (sticky or fixed boxes touching it). */
const pinnedHeight = (page: Page) => page.evaluate(() => Math.max(0, ...[...document.querySelectorAll("body *")]
  .filter((e) => ["sticky", "fixed"].includes(getComputedStyle(e).position))
  .map((e) => e.getBoundingClientRect())
  .filter((box) => box.top < 1 && box.bottom > 0)
  .map((box) => box.bottom)));

test("[MONITOR] on a 375 px phone, what stays pinned above the report takes less than 80 px, and the missing items open in view", async ({ page }) => {
  await openOwnDraft(page);
  await page.getByRole("button", { name: "Submit for review" }).scrollIntoViewIfNeeded();
  expect(await pinnedHeight(page)).toBeLessThan(80);
  await expect(page.locator(".report-toolbar")).toBeInViewport();

  await page.getByRole("button", { name: "Submit for review" }).click();
  const missing = page.locator("#report-progress details");
  await expect(missing).toHaveAttribute("open", "");
  await expect(missing.locator("summary")).toBeInViewport();
  await expect(missing.locator("li").first()).toBeInViewport();
});

test("[MONITOR] on a 375 px phone, the conflict's differences fit the screen", async ({ page, context }) => {
  const { hearingId } = await openOwnDraft(page);
  const second = await staleSecondPage(page, context, hearingId);
  await second.getByLabel("What happened", { exact: true }).fill("A long narrative written on the second page, which differs from the saved version in a way the table has to wrap.");
  const conflict = second.getByRole("alert").filter({ hasText: "This report was changed elsewhere" });
  await expect(conflict).toBeVisible();
  await conflict.getByRole("button", { name: /Show the differences/ }).click();
  const table = conflict.getByRole("table", { name: "Differences between the saved version and yours" });
  await expect(table).toBeVisible();
  const box = await table.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(375);
  expect(await second.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
