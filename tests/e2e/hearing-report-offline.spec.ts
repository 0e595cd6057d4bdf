import { expect, test } from "@playwright/test";
import { createUser, db } from "./support/db";
import { deviceCopies } from "./support/device";
import { createUpcomingHearing, readyForCourt } from "./support/field-kit";
import { answersOf, choose, E2E_PASSWORD, expectSaved, fillNewCaseSchedule, group } from "./support/hearings";
import { signIn } from "./support/sign-in";

test.afterAll(() => db.$disconnect());
test.use({ viewport: { width: 375, height: 740 } });

const CONTACT = "Was one-sided contact with the court, or outside interference, seen?";

test("[MONITOR] offline from the first byte, a never-opened upcoming report opens after 'ready for court', is filled, survives a reload and reaches the server once", async ({ page, context }) => {
  const monitor = await createUser("MONITOR");
  const upcoming = await createUpcomingHearing(monitor.id, 3);
  const later = await createUpcomingHearing(monitor.id, 10);
  await signIn(page, monitor.email, E2E_PASSWORD);
  await readyForCourt(page, 2);
  // Every save the page sends carries its idempotency key; one sent again (offline, after the reload) keeps its key.
  const sentKeys = new Set<string>();
  page.on("request", (request) => {
    const key = request.method() === "POST" ? /"idempotencyKey":"([A-Za-z0-9_-]{16,64})"/.exec(request.postData() ?? "")?.[1] : undefined;
    if (key) sentKeys.add(key);
  });

  // No connection at all from here: the page, its scripts and its checklist come from the device.
  await context.setOffline(true);
  await page.goto(`/hearings/${upcoming.hearingId}`);
  await expect(page.getByRole("heading", { level: 1, name: `Report: ${upcoming.caseNumber}` })).toBeVisible();
  await expect(page.getByText("Offline", { exact: true })).toBeVisible();
  await choose(group(page, CONTACT), "No");
  await page.getByLabel("What happened", { exact: true }).fill("Written in the courtroom, offline.");
  await expect(page.getByRole("status").filter({ hasText: "Offline: your changes are kept on this device" })).toBeVisible();

  await page.reload();
  await expect(page.getByText("Changes that had not reached the server were found on this device and put back.")).toBeVisible();
  await expect(group(page, CONTACT).getByRole("radio", { name: "No", exact: true })).toBeChecked();
  await expect(page.getByLabel("What happened", { exact: true })).toHaveValue("Written in the courtroom, offline.");
  expect(await answersOf(upcoming.hearingId)).toEqual({});
  expect((await db.hearing.findUniqueOrThrow({ where: { id: upcoming.hearingId } })).version).toBe(1);

  // The other report of the kit, never opened either, opens too.
  await page.goto(`/hearings/${later.hearingId}`);
  await expect(page.getByRole("heading", { level: 1, name: `Report: ${later.caseNumber}` })).toBeVisible();
  await page.goto(`/hearings/${upcoming.hearingId}`);
  await expect(page.getByLabel("What happened", { exact: true })).toHaveValue("Written in the courtroom, offline.");

  await context.setOffline(false);
  await expect(page.getByText("Online", { exact: true })).toBeVisible();
  await expectSaved(page);
  expect(await answersOf(upcoming.hearingId)).toEqual({ IND_OUTSIDE_CONTACT: "NO" });
  const after = await db.hearing.findUniqueOrThrow({ where: { id: upcoming.hearingId } });
  expect(after.narrative).toBe("Written in the courtroom, offline.");
  // Each save the device sent, however many times it was sent, was applied exactly once: the keys the server applied
  // are exactly the keys the page sent, with one audited save and one version each.
  const saves = await db.auditLog.count({ where: { action: "hearing.save", entityId: String(upcoming.hearingId) } });
  const applied = await db.idempotencyKey.findMany({ where: { userId: monitor.id, action: "hearing.save" }, select: { key: true } });
  expect(sentKeys.size).toBeGreaterThan(0);
  expect(applied.map((row) => row.key.split(":").pop()).sort()).toEqual([...sentKeys].sort());
  expect(saves).toBe(sentKeys.size);
  expect(after.version - 1).toBe(sentKeys.size);
  await expect.poll(() => deviceCopies(page, upcoming.hearingId)).toEqual([]);

  // Online again, a reload sends nothing more.
  await page.reload();
  await expectSaved(page);
  expect(await db.auditLog.count({ where: { action: "hearing.save", entityId: String(upcoming.hearingId) } })).toBe(saves);
});

test("[MONITOR] a single change made offline reaches the server as exactly one save", async ({ page, context }) => {
  const monitor = await createUser("MONITOR");
  const upcoming = await createUpcomingHearing(monitor.id, 1);
  await signIn(page, monitor.email, E2E_PASSWORD);
  await readyForCourt(page, 1);

  await context.setOffline(true);
  await page.goto(`/hearings/${upcoming.hearingId}`);
  await choose(group(page, CONTACT), "Yes");
  await expect(page.getByRole("status").filter({ hasText: "Offline: your changes are kept on this device" })).toBeVisible();
  await page.reload();
  await expect(group(page, CONTACT).getByRole("radio", { name: "Yes", exact: true })).toBeChecked();

  await context.setOffline(false);
  await expectSaved(page);
  expect(await answersOf(upcoming.hearingId)).toEqual({ IND_OUTSIDE_CONTACT: "YES" });
  expect(await db.auditLog.count({ where: { action: "hearing.save", entityId: String(upcoming.hearingId) } })).toBe(1);
  expect((await db.hearing.findUniqueOrThrow({ where: { id: upcoming.hearingId } })).version).toBe(2);
});

test("[MONITOR] after 'ready for court', with no connection: the case's history opens, and a hearing scheduled is created once back online", async ({ page, context }) => {
  const monitor = await createUser("MONITOR");
  const upcoming = await createUpcomingHearing(monitor.id, 2);
  await signIn(page, monitor.email, E2E_PASSWORD);
  await readyForCourt(page, 1);

  await context.setOffline(true);
  await page.goto(`/cases/${upcoming.caseId}`);
  await expect(page.getByRole("heading", { level: 1, name: `Case ${upcoming.caseNumber}` })).toBeVisible();

  const number = await fillNewCaseSchedule(page);
  await page.getByRole("button", { name: "Create the report" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You are offline. The hearing is kept on this device" })).toBeVisible();
  expect(await db.case.count({ where: { caseNumber: number } })).toBe(0);

  await context.setOffline(false);
  await expect(page.getByRole("heading", { level: 1, name: `Report: ${number}` })).toBeVisible({ timeout: 20_000 });
  expect(await db.hearing.count({ where: { monitorId: monitor.id, case: { caseNumber: number } } })).toBe(1);
});
