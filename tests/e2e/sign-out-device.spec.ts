import { expect, test } from "@playwright/test";
import { createUser, db } from "./support/db";
import { deviceCopies, keptPages, workerRegistrations } from "./support/device";
import { createUpcomingHearing, readyForCourt } from "./support/field-kit";
import { choose, createDraftHearing, E2E_PASSWORD, group } from "./support/hearings";
import { signIn } from "./support/sign-in";

test.afterAll(() => db.$disconnect());
test.use({ viewport: { width: 375, height: 740 } });

test("[MONITOR] signing out warns of changes not yet sent and can clear the device's reports", async ({ page }) => {
  const monitor = await createUser("MONITOR");
  const draft = await createDraftHearing(monitor.id);
  await signIn(page, monitor.email, E2E_PASSWORD);
  await readyForCourt(page, 1);
  await page.goto(`/hearings/${draft.hearingId}`);
  await page.route(`**/hearings/${draft.hearingId}`, (route) => (route.request().headers()["next-action"] ? route.abort("internetdisconnected") : route.fallback()));
  await choose(group(page, "Was one-sided contact with the court, or outside interference, seen?"), "No");
  await expect.poll(async () => (await deviceCopies(page, draft.hearingId)).length).toBe(1);

  // On the phone, sign-out is in the menu.
  await page.getByText("Menu", { exact: true }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  const prompt = page.getByRole("dialog", { name: "Sign out of this device" });
  await expect(prompt.getByRole("alert")).toContainText(`1 report has changes that have not reached the server yet (${draft.caseNumber})`);
  // Staying keeps everything as it was.
  await prompt.getByRole("button", { name: "Stay signed in" }).click();
  await expect(prompt).toBeHidden();
  expect(await deviceCopies(page, draft.hearingId)).toHaveLength(1);

  await page.getByRole("button", { name: "Sign out" }).click();
  await prompt.getByRole("button", { name: "Clear this device and sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await deviceCopies(page, draft.hearingId)).toEqual([]);
  expect(await page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith("trial-monitor-pages")))).toEqual([]);
});

test("[MONITOR] signing out with nothing unsent signs out at once, and the pages kept for court go with it", async ({ page }) => {
  const monitor = await createUser("MONITOR");
  await createDraftHearing(monitor.id);
  await signIn(page, monitor.email, E2E_PASSWORD);
  await readyForCourt(page, 1);
  expect(await keptPages(page)).toBeGreaterThan(0);

  await page.getByText("Menu", { exact: true }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect.poll(() => keptPages(page)).toBe(0);
});

test("[MONITOR] a session ended elsewhere (a lost phone) takes the kept reports with it: the kept page ends at the sign-in page, and so does the next load", async ({ page }) => {
  const monitor = await createUser("MONITOR");
  const upcoming = await createUpcomingHearing(monitor.id, 2);
  await signIn(page, monitor.email, E2E_PASSWORD);
  await readyForCourt(page, 1);
  const report = page.getByRole("heading", { level: 1, name: `Report: ${upcoming.caseNumber}` });
  await page.goto(`/hearings/${upcoming.hearingId}`);
  await expect(report).toBeVisible();
  expect(await keptPages(page)).toBeGreaterThan(0);

  // "Sign out everywhere" from another device: the server forgets every session of the account.
  await db.userSession.deleteMany({ where: { userId: monitor.id } });
  await page.goto(`/hearings/${upcoming.hearingId}`);
  await expect(page).toHaveURL(/\/login/, { timeout: 20_000 });
  await expect(report).toHaveCount(0);
  await expect.poll(() => keptPages(page)).toBe(0);
  await page.goto(`/hearings/${upcoming.hearingId}`);
  await expect(page).toHaveURL(/\/login/);
  await expect(report).toHaveCount(0);
});

test("[MONITOR] signing in as someone else never shows the pages the previous monitor kept, even where no service worker runs", async ({ page }) => {
  const monitor = await createUser("MONITOR");
  const upcoming = await createUpcomingHearing(monitor.id, 2);
  await signIn(page, monitor.email, E2E_PASSWORD);
  await readyForCourt(page, 1);
  // The session ends on the server, and the sign-in page is opened with no worker in control (a hard reload).
  await db.userSession.deleteMany({ where: { userId: monitor.id } });
  await page.evaluate(async () => Promise.all((await navigator.serviceWorker.getRegistrations()).map((r) => r.unregister())));
  await page.goto("/login");
  await expect.poll(() => keptPages(page)).toBe(0);
  const other = await createUser("MONITOR");
  await signIn(page, other.email, E2E_PASSWORD);
  await page.goto(`/hearings/${upcoming.hearingId}`);
  await expect(page.getByRole("heading", { level: 1, name: `Report: ${upcoming.caseNumber}` })).toHaveCount(0);
});

test("[ANALYST] pages are kept only for monitors: an analyst's visits register no service worker and keep no pages", async ({ page }) => {
  const analyst = await createUser("ANALYST");
  await signIn(page, analyst.email, E2E_PASSWORD);
  await page.goto("/hearings");
  await page.goto("/cases");
  await page.goto("/hearings");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await workerRegistrations(page)).toBe(0);
  expect(await page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith("trial-monitor-pages")))).toEqual([]);
});

test("[ANALYST] a worker left by a monitor on a shared computer is removed, with its pages, when an analyst signs in", async ({ page }) => {
  const monitor = await createUser("MONITOR");
  await createUpcomingHearing(monitor.id, 2);
  await signIn(page, monitor.email, E2E_PASSWORD);
  await readyForCourt(page, 1);
  expect(await workerRegistrations(page)).toBe(1);
  await page.context().clearCookies();
  const analyst = await createUser("ANALYST");
  await signIn(page, analyst.email, E2E_PASSWORD);
  await page.goto("/hearings");
  await expect.poll(() => workerRegistrations(page)).toBe(0);
  expect(await keptPages(page)).toBe(0);
});
