// Steps the review specs share: a monitor submitting a short report through the form, and a second
// signed-in browser for the other role of the round trip.
import { expect, type Browser, type Page } from "@playwright/test";
import { db } from "./db";
import { choose, E2E_PASSWORD, expectSaved, group } from "./hearings";
import { signIn } from "./sign-in";

export const LISTED_QUESTION = "Was the hearing listed publicly (notice board or online schedule)?";

/** A page of its own (own cookies) signed in as the user, at the given viewport. */
export async function pageFor(browser: Browser, email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await signIn(page, email, E2E_PASSWORD);
  return page;
}

/** As its monitor, records a cancelled hearing (every question that applies answered "Yes") and submits it. */
export async function submitCancelledReport(page: Page, hearingId: number) {
  await page.goto(`/hearings/${hearingId}`);
  await choose(group(page, "What happened"), "Cancelled");
  await choose(group(page, "Was the hearing announced publicly?"), "Yes");
  const questions = page.locator("fieldset.question");
  await expect(questions.first()).toBeVisible();
  for (let i = 0; i < (await questions.count()); i++) await choose(questions.nth(i), "Yes");
  await page.getByLabel("What happened", { exact: true }).fill("The judge was ill; the clerk announced it at 09:10.");
  await expectSaved(page);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await page.getByRole("button", { name: "Confirm: submit now" }).click();
  await expect(page.getByText(/Submitted for review on/)).toBeVisible();
}

/** Approves a submitted report straight in the database, for specs about what comes after approval. */
export async function approveInDatabase(hearingId: number, reviewerId: number) {
  const now = new Date();
  await db.hearing.update({ where: { id: hearingId }, data: { reviewState: "APPROVED", reviewerId, reviewedAt: now, approvedAt: now, version: { increment: 1 } } });
}

/** The page scrolls sideways at this viewport by this many pixels (0 when it fits). */
export function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
