import { expect, test } from "@playwright/test";
import { createUser, db } from "./support/db";
import { deviceCopies } from "./support/device";
import { readyForCourt } from "./support/field-kit";
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
  const keptPages = () => page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.startsWith("trial-monitor-pages"));
    return (await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).length))).reduce((a, b) => a + b, 0);
  });
  expect(await keptPages()).toBeGreaterThan(0);

  await page.getByText("Menu", { exact: true }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect.poll(keptPages).toBe(0);
});
