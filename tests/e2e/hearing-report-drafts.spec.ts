import { expect, test } from "@playwright/test";
import { createUser, db } from "./support/db";
import { deviceCopies } from "./support/device";
import { answersOf, choose, E2E_PASSWORD, expectSaved, fillNewCaseSchedule, group, openOwnDraft, staleSecondPage } from "./support/hearings";
import { signIn } from "./support/sign-in";

test.afterAll(() => db.$disconnect());
test.use({ viewport: { width: 375, height: 740 } });

const VICTIM_QUESTION = "Was the victim informed of their rights?";

test("[MONITOR] a conditional question appears and disappears with its trigger, and its answer is cleared on the server", async ({ page }) => {
  const { hearingId } = await openOwnDraft(page);
  await expect(group(page, VICTIM_QUESTION)).toHaveCount(0);
  await choose(group(page, "Is there a victim?"), "Yes");
  await expect(group(page, VICTIM_QUESTION)).toBeVisible();
  await choose(group(page, VICTIM_QUESTION), "No");
  await expectSaved(page);
  expect(await answersOf(hearingId)).toMatchObject({ VR_INFORMED: "NO" });

  await choose(group(page, "Is there a victim?"), "No");
  await expect(group(page, VICTIM_QUESTION)).toHaveCount(0);
  await expectSaved(page);
  expect(await answersOf(hearingId)).not.toHaveProperty("VR_INFORMED");
  const hearing = await db.hearing.findUniqueOrThrow({ where: { id: hearingId } });
  expect(hearing.victimInvolved).toBe(false);

  // Back on: the question is there again, unanswered (the server cleared it, and so did the form).
  await choose(group(page, "Is there a victim?"), "Yes");
  await expect(group(page, VICTIM_QUESTION).getByRole("radio", { checked: true })).toHaveCount(0);
});

test("[MONITOR] returns a draft after reload: every answer is back, and then on the server", async ({ page }) => {
  const { hearingId } = await openOwnDraft(page);
  // No save reaches the server before the reload (leaving a field saves at once, and a slow server would
  // otherwise let one land while the reload is under way): the device alone must have kept everything.
  const saves = `**/hearings/${hearingId}`;
  await page.route(saves, (route) => (route.request().headers()["next-action"] ? route.abort("internetdisconnected") : route.fallback()));
  await choose(group(page, "What happened"), "Held");
  await choose(group(page, "Was the hearing announced publicly?"), "No");
  await choose(group(page, "Was one-sided contact with the court, or outside interference, seen?"), "Yes");
  await page.getByLabel("What happened", { exact: true }).fill("Reloaded mid-draft.");
  await page.reload();
  await expect(page.getByText("Changes that had not reached the server were found on this device and put back.")).toBeVisible();
  expect(await answersOf(hearingId)).toEqual({});
  await page.unroute(saves);
  await expect(group(page, "What happened").getByRole("radio", { name: "Held", exact: true })).toBeChecked();
  await expect(group(page, "Was the hearing announced publicly?").getByRole("radio", { name: "No", exact: true })).toBeChecked();
  await expect(group(page, "Was one-sided contact with the court, or outside interference, seen?").getByRole("radio", { name: "Yes", exact: true })).toBeChecked();
  await expect(page.getByLabel("What happened", { exact: true })).toHaveValue("Reloaded mid-draft.");
  await expectSaved(page);
  const hearing = await db.hearing.findUniqueOrThrow({ where: { id: hearingId } });
  expect(hearing).toMatchObject({ status: "HELD", announcedPublicly: false, narrative: "Reloaded mid-draft." });
  expect(await answersOf(hearingId)).toEqual({ IND_OUTSIDE_CONTACT: "YES" });

  // A later reload with nothing pending shows the server's values, and nothing stays on the device.
  await page.reload();
  await expect(group(page, "What happened").getByRole("radio", { name: "Held", exact: true })).toBeChecked();
  await expectSaved(page);
  await expect.poll(() => deviceCopies(page, hearingId)).toEqual([]);
});

test("[MONITOR] offline, keeps answering; back online, the server holds every answer, written once", async ({ page, context }) => {
  const { hearingId } = await openOwnDraft(page);
  await choose(group(page, "What happened"), "Held");
  await expectSaved(page);

  await context.setOffline(true);
  await choose(group(page, "Was the hearing listed publicly (notice board or online schedule)?"), "No");
  await choose(group(page, "Was one-sided contact with the court, or outside interference, seen?"), "No");
  await choose(group(page, "Was the panel composed as the law requires?"), "Yes");
  await page.getByLabel("What happened", { exact: true }).fill("Written without a connection.");
  await expect(page.getByText("Offline", { exact: true })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Offline: your changes are kept on this device" })).toBeVisible();
  expect(await answersOf(hearingId)).toEqual({});

  // Back online, the first save reaches the server but its answer is lost on the way back: the browser
  // replays it with the same idempotency key, and the server must not apply it a second time.
  let dropped = 0;
  await page.route(`**/hearings/${hearingId}`, async (route) => {
    if (route.request().method() !== "POST" || dropped > 0) return route.continue();
    dropped++;
    await route.fetch();
    await route.abort("connectionreset");
  });
  await context.setOffline(false);
  await expect(page.getByText("Online", { exact: true })).toBeVisible();
  await expectSaved(page);
  expect(dropped).toBe(1);
  await expect(page.getByRole("alert").filter({ hasText: "changed elsewhere" })).toHaveCount(0);

  expect(await answersOf(hearingId)).toEqual({ PUB_LISTED: "NO", IND_OUTSIDE_CONTACT: "NO", IND_PANEL_LAWFUL: "YES" });
  const after = await db.hearing.findUniqueOrThrow({ where: { id: hearingId } });
  expect(after.narrative).toBe("Written without a connection.");
  // Each change was applied once: one new version per audited save, none for the replay.
  const saves = await db.auditLog.count({ where: { action: "hearing.save", entityId: String(hearingId) } });
  expect(after.version - 1).toBe(saves);
});

test("[MONITOR] two pages on the same report: the second save is refused, shown, and nothing is lost", async ({ page, context }) => {
  const { hearingId } = await openOwnDraft(page);
  const second = await staleSecondPage(page, context, hearingId);

  await choose(group(second, "Was the hearing listed publicly (notice board or online schedule)?"), "Yes");
  const conflict = second.getByRole("alert").filter({ hasText: "This report was changed elsewhere" });
  await expect(conflict).toBeVisible();
  await expect(second.getByRole("status").filter({ hasText: "Not saved: this report was changed elsewhere." })).toBeVisible();
  // Refused: the server keeps the first page's answer; the second page keeps its own on screen.
  expect(await answersOf(hearingId)).toEqual({ IND_OUTSIDE_CONTACT: "NO" });
  await expect(group(second, "Was the hearing listed publicly (notice board or online schedule)?").getByRole("radio", { name: "Yes", exact: true })).toBeChecked();

  await conflict.getByRole("button", { name: /Show the differences/ }).click();
  const differences = conflict.getByRole("table", { name: "Differences between the saved version and yours" });
  await expect(differences.getByRole("row", { name: /Was the hearing listed publicly/ })).toContainText("Not answered");
  await expect(differences.getByRole("row", { name: /one-sided contact/ })).toContainText("No");

  await conflict.getByRole("button", { name: "Keep the saved version" }).click();
  await expect(conflict).toHaveCount(0);
  await expect(group(second, "Was one-sided contact with the court, or outside interference, seen?").getByRole("radio", { name: "No", exact: true })).toBeChecked();
  await expect(group(second, "Was the hearing listed publicly (notice board or online schedule)?").getByRole("radio", { checked: true })).toHaveCount(0);

  // The second page goes on from the saved version: its next change is saved on top of it.
  await choose(group(second, "Was the hearing listed publicly (notice board or online schedule)?"), "Yes");
  await expectSaved(second);
  expect(await answersOf(hearingId)).toEqual({ IND_OUTSIDE_CONTACT: "NO", PUB_LISTED: "YES" });
});

test("[MONITOR] a hearing scheduled offline is created once it is back online, once even if a response is lost", async ({ page, context }) => {
  const monitor = await createUser("MONITOR");
  await signIn(page, monitor.email, E2E_PASSWORD);
  const number = await fillNewCaseSchedule(page);

  await context.setOffline(true);
  await page.getByRole("button", { name: "Create the report" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You are offline. The hearing is kept on this device" })).toBeVisible();
  expect(await db.hearing.count({ where: { monitorId: monitor.id } })).toBe(0);

  // The first send after reconnecting creates the hearing but its answer never arrives; the next one,
  // with the same key, is answered with the hearing already created.
  let dropped = 0;
  await page.route("**/hearings/new", async (route) => {
    if (route.request().method() !== "POST" || dropped > 0) return route.continue();
    dropped++;
    await route.fetch();
    await route.abort("connectionreset");
  });
  await context.setOffline(false);
  await expect(page.getByRole("heading", { level: 1, name: `Report: ${number}` })).toBeVisible({ timeout: 20_000 });
  expect(dropped).toBe(1);
  expect(await db.hearing.count({ where: { monitorId: monitor.id } })).toBe(1);
  expect(await db.case.count({ where: { caseNumber: number } })).toBe(1);
});
