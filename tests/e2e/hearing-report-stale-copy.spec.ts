import { expect, test, type Page } from "@playwright/test";
import { createUser, db } from "./support/db";
import { deviceCopies } from "./support/device";
import { answersOf, choose, createDraftHearing, E2E_PASSWORD, group } from "./support/hearings";
import { signIn } from "./support/sign-in";

test.afterAll(() => db.$disconnect());
test.use({ viewport: { width: 375, height: 740 } });

const CONTACT = "Was one-sided contact with the court, or outside interference, seen?";

/** Opens the monitor's draft with saves failing (no connection for them) and leaves a change on the device. */
async function leaveUnsentChange(page: Page) {
  const monitor = await createUser("MONITOR");
  const draft = await createDraftHearing(monitor.id);
  await signIn(page, monitor.email, E2E_PASSWORD);
  await page.goto(`/hearings/${draft.hearingId}`);
  const saves = `**/hearings/${draft.hearingId}`;
  await page.route(saves, (route) => (route.request().headers()["next-action"] ? route.abort("internetdisconnected") : route.fallback()));
  await choose(group(page, CONTACT), "No");
  await expect.poll(async () => (await deviceCopies(page, draft.hearingId)).length).toBe(1);
  expect(await answersOf(draft.hearingId)).toEqual({});
  return { ...draft, saves };
}

test("[MONITOR] a report submitted from another device while this one held changes: the copy is cleared, and the page says why", async ({ page }) => {
  const { hearingId, saves } = await leaveUnsentChange(page);
  // Submitted elsewhere (another phone of the same monitor) meanwhile.
  await db.hearing.update({ where: { id: hearingId }, data: { reviewState: "SUBMITTED", submittedAt: new Date(), version: { increment: 1 } } });
  await page.unroute(saves);

  // The kept save is retried, refused for good: nothing written, the copy cleared, the report shown as it is.
  await expect(page.getByRole("alert").filter({ hasText: "Changes to this report kept on this device were cleared: it was submitted" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("radio")).toHaveCount(0);
  expect(await answersOf(hearingId)).toEqual({});
  expect(await deviceCopies(page, hearingId)).toEqual([]);
  await page.goto("/hearings");
  await expect(page.getByText(/Unsaved changes to the report on/)).toHaveCount(0);
});

test("[MONITOR] a report approved while its copy waited on a closed page: the hearings page clears it and says why", async ({ page, context }) => {
  const { hearingId, caseNumber } = await leaveUnsentChange(page);
  await page.close();
  await db.hearing.update({ where: { id: hearingId }, data: { reviewState: "APPROVED", submittedAt: new Date(), approvedAt: new Date(), version: { increment: 2 } } });

  const next = await context.newPage();
  await next.goto("/hearings");
  await expect(next.getByRole("alert").filter({ hasText: `The copy of the report on ${caseNumber} kept on this device was cleared: the report was approved` })).toBeVisible();
  await expect(next.getByText(`Unsaved changes to the report on ${caseNumber}`)).toHaveCount(0);
  expect(await deviceCopies(next, hearingId)).toEqual([]);
});
