import { expect, test } from "@playwright/test";
import { createUser, db } from "./support/db";
import { createDraftHearing, E2E_PASSWORD } from "./support/hearings";
import { horizontalOverflow } from "./support/review";
import { signIn } from "./support/sign-in";
import { courtDay } from "../../lib/time/zone.ts";

test.afterAll(() => db.$disconnect());

/** Two approved hearings of one case, a week apart, the second breaching interpretation. */
async function twoApprovedHearingsOfOneCase(monitorId: number, analystId: number) {
  const first = await createDraftHearing(monitorId);
  const second = await createDraftHearing(monitorId);
  const firstAt = (await db.hearing.findUniqueOrThrow({ where: { id: first.hearingId } })).scheduledAt;
  const now = new Date();
  for (const [hearingId, daysBefore] of [[first.hearingId, 7], [second.hearingId, 0]] as const) {
    await db.hearing.update({
      where: { id: hearingId },
      data: { caseId: first.caseId, reviewState: "APPROVED", status: "HELD", submittedAt: now, reviewedAt: now, approvedAt: now, reviewerId: analystId, scheduledAt: new Date(firstAt.getTime() - daysBefore * 86_400_000) },
    });
  }
  const standard = await db.standard.findUniqueOrThrow({ where: { number: 9 } });
  await db.hearingStandardResult.create({ data: { hearingId: second.hearingId, standardId: standard.id, result: "NON_COMPLIANT", nonCompliantCount: 1 } });
  return { first: first.hearingId, second: second.hearingId, caseNumber: first.caseNumber };
}

/** The court day (Europe/Belgrade) so many days before today, as the date inputs take it. */
function isoDay(daysAgo: number): string {
  const today = new Date(`${courtDay(new Date())}T00:00:00Z`);
  today.setUTCDate(today.getUTCDate() - daysAgo);
  return today.toISOString().slice(0, 10);
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("[ANALYST] records a finding on two hearings of one case and an intervention for it, sees the overdue reply stand out, and marks the reply received", async ({ page }) => {
  const monitor = await createUser("MONITOR");
  const analyst = await createUser("ANALYST");
  const { first, second, caseNumber } = await twoApprovedHearingsOfOneCase(monitor.id, analyst.id);
  const interventionTitle = `Interpreters for Romani-speaking defendants, ${caseNumber}`;
  await signIn(page, analyst.email, E2E_PASSWORD);

  // From the second hearing's report: the finding rests on it and on the case's earlier hearing.
  await page.goto(`/hearings/${second}`);
  await page.getByRole("link", { name: "Record a finding" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Record a finding" })).toBeVisible();
  await expect(page.getByLabel("Standard breached")).toHaveValue(/\d+/);
  await page.getByRole("radio", { name: "Grave" }).check();
  await page.getByLabel("Title").fill("No interpreter at two hearings");
  await page.getByLabel("Description").fill("The defendant speaks Romani; no interpreter was present at either hearing.");
  const hearings = page.getByRole("group", { name: "Hearings it rests on" });
  await expect(hearings.getByRole("checkbox", { checked: true })).toHaveCount(1);
  await hearings.getByRole("checkbox", { checked: false }).check();
  await page.getByRole("button", { name: "Record the finding" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "No interpreter at two hearings" })).toBeVisible();
  const finding = await db.finding.findFirstOrThrow({ where: { createdById: analyst.id }, include: { hearings: true, standard: true } });
  expect(finding).toMatchObject({ severity: "GRAVE", status: "OPEN", standard: { number: 9 } });
  expect(finding.hearings.map((h) => h.hearingId).sort()).toEqual([first, second].sort());
  const restsOn = page.getByRole("list", { name: "Hearings it rests on" });
  await expect(restsOn.getByRole("link", { name: new RegExp(escape(caseNumber)) })).toHaveCount(2);
  await expect(restsOn.getByRole("link").first()).toHaveAttribute("href", `/hearings/${first}`);

  // An intervention for it: sent 45 days ago, the reply due by the settings' 30 days, so overdue now.
  await page.getByRole("link", { name: "Record an intervention" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Record an intervention" })).toBeVisible();
  // Named with the case, since the suite's database keeps earlier runs' findings of the same title.
  await expect(page.getByRole("checkbox", { name: new RegExp(`No interpreter at two hearings.*${escape(caseNumber)}`) })).toBeChecked();
  await page.getByLabel("Institution").selectOption("COURT_PRESIDENT");
  await page.getByLabel("Addressee").fill("President of the Basic Court of Prishtinë/Priština");
  await page.getByLabel("Type").selectOption("LETTER");
  await page.getByLabel("Title").fill(interventionTitle);
  await page.getByLabel("Sent (or held) on").fill(isoDay(45));
  await page.getByRole("button", { name: "Record the intervention" }).click();

  await expect(page.getByRole("heading", { level: 1, name: interventionTitle })).toBeVisible();
  await expect(page.getByText("Reply overdue: 15 days overdue")).toBeVisible();
  const intervention = await db.intervention.findFirstOrThrow({ where: { createdById: analyst.id } });
  expect(intervention.replyDueAt?.toISOString().slice(0, 10)).toBe(isoDay(15));

  await page.goto("/interventions?reply=overdue");
  const overdueItem = page.getByRole("listitem").filter({ hasText: interventionTitle });
  await expect(overdueItem).toContainText("Reply overdue");
  await expect(overdueItem).toHaveClass(/item-overdue/);
  await overdueItem.getByRole("link").first().click();

  // The reply received.
  await page.getByLabel("Reply received on").fill(isoDay(1));
  await page.getByLabel("What the reply says").fill("The court has added Romani to its interpreters' roster.");
  await page.getByLabel("Outcome").selectOption("ADDRESSED");
  await page.getByRole("button", { name: "Save the reply" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The reply was recorded." })).toBeVisible();
  await expect(page.locator(".page-header").getByText("Replied", { exact: true })).toBeVisible();
  await expect(page.getByText("Reply overdue")).toHaveCount(0);
  expect(await db.intervention.findUniqueOrThrow({ where: { id: intervention.id } })).toMatchObject({ outcome: "ADDRESSED", reply: "The court has added Romani to its interpreters' roster." });

  // The finding shows its intervention, replied.
  await page.goto(`/findings/${finding.id}`);
  const answered = page.getByRole("list", { name: "Interventions" }).getByRole("listitem");
  await expect(answered).toContainText(interventionTitle);
  await expect(answered).toContainText("Replied");
  await expect(answered).toContainText("Addressed");
  const actions = await db.auditLog.findMany({ where: { actorId: analyst.id, action: { not: "auth.signIn" } }, orderBy: { id: "asc" }, select: { action: true } });
  expect(actions.map((a) => a.action)).toEqual(["finding.create", "intervention.create", "intervention.reply"]);
});

test("[ANALYST] the findings list filters by severity and standard, and works on a phone", async ({ page }) => {
  const monitor = await createUser("MONITOR");
  const analyst = await createUser("ANALYST");
  const { second } = await twoApprovedHearingsOfOneCase(monitor.id, analyst.id);
  const standard = await db.standard.findUniqueOrThrow({ where: { number: 9 } });
  const title = `Interpreter missing ${Date.now()}`;
  await db.finding.create({ data: { standardId: standard.id, severity: "GRAVE", title, description: "D", createdById: analyst.id, hearings: { create: [{ hearingId: second }] } } });
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, analyst.email, E2E_PASSWORD);
  await page.goto("/findings");
  await page.getByLabel("Severity").selectOption("GRAVE");
  await page.getByLabel("Standard").selectOption(String(standard.id));
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/severity=GRAVE/);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.getByLabel("Severity").selectOption("MINOR");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
});

test("[ANALYST] a day in the URL that is not a real day is named beside its field, and the list is not filtered by it", async ({ page }) => {
  const analyst = await createUser("ANALYST");
  await signIn(page, analyst.email, E2E_PASSWORD);
  await page.goto("/interventions?from=2025-13-45&to=2025-06-30");
  const from = page.getByLabel("Sent from", { exact: true });
  await expect(from).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert").filter({ hasText: "“2025-13-45” is not a real day" })).toBeVisible();
  await expect(page.getByLabel("Sent to", { exact: true })).toHaveValue("2025-06-30");
  await expect(page.getByLabel("Sent to", { exact: true })).not.toHaveAttribute("aria-invalid", "true");
});
