import { expect, test } from "@playwright/test";
import { createUser, db } from "./support/db";
import { choose, createDraftHearing, group } from "./support/hearings";
import { approveInDatabase, LISTED_QUESTION, pageFor, submitCancelledReport } from "./support/review";

test.afterAll(() => db.$disconnect());

test("[ANALYST] corrects an approved report with a reason; [MANAGER] sees the revision, before and after, in the audit log", async ({ browser }) => {
  const monitor = await createUser("MONITOR");
  const analyst = await createUser("ANALYST");
  const manager = await createUser("MANAGER");
  const { hearingId, caseNumber } = await createDraftHearing(monitor.id, { category: "CIVIL", subject: "PROPERTY" });
  const monitorPage = await pageFor(browser, monitor.email);
  await submitCancelledReport(monitorPage, hearingId);
  await approveInDatabase(hearingId, analyst.id);
  const approved = await db.hearing.findUniqueOrThrow({ where: { id: hearingId } });

  const analystPage = await pageFor(browser, analyst.email);
  await analystPage.goto(`/hearings/${hearingId}`);
  await analystPage.getByRole("link", { name: "Correct this report" }).click();
  await expect(analystPage.getByRole("heading", { level: 1, name: `Correct: ${caseNumber}` })).toBeVisible();
  await choose(group(analystPage, LISTED_QUESTION), "No");

  // Without a reason nothing is sent.
  await analystPage.getByRole("button", { name: "Save the correction" }).click();
  await expect(analystPage.getByText("Too short: at least 10 characters.")).toBeVisible();
  expect((await db.hearing.findUniqueOrThrow({ where: { id: hearingId } })).version).toBe(approved.version);

  await analystPage.getByLabel("Reason for the correction").fill("The court's online schedule did not list this hearing.");
  await analystPage.getByRole("button", { name: "Save the correction" }).click();
  await expect(analystPage.getByText("Your correction was saved and recorded in the audit log.")).toBeVisible();
  const revisions = analystPage.getByRole("region", { name: "Corrections after approval" });
  await expect(revisions).toContainText("The court's online schedule did not list this hearing.");
  const row = revisions.getByRole("row", { name: new RegExp(LISTED_QUESTION.replace(/[?()]/g, "\\$&")) });
  await expect(row.getByRole("cell").nth(0)).toHaveText("Yes");
  await expect(row.getByRole("cell").nth(1)).toHaveText("No");
  const corrected = await db.hearing.findUniqueOrThrow({ where: { id: hearingId }, include: { standardResults: { include: { standard: true } } } });
  expect(corrected).toMatchObject({ reviewState: "APPROVED", version: approved.version + 1 });
  expect(corrected.standardResults.find((r) => r.standard.number === 1)).toMatchObject({ result: "NON_COMPLIANT" });

  // The manager finds the revision in the audit log by the record it changed.
  const managerPage = await pageFor(browser, manager.email);
  await managerPage.goto("/audit");
  await managerPage.getByLabel("Kind of record").selectOption("Hearing");
  await managerPage.getByLabel("Record number").fill(String(hearingId));
  await managerPage.getByRole("button", { name: "Apply" }).click();
  await expect(managerPage).toHaveURL(new RegExp(`entityId=${hearingId}`));
  const entry = managerPage.getByRole("listitem").filter({ hasText: "Approved report corrected" });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(analyst.name);
  await entry.locator("summary").click();
  const change = entry.getByRole("row", { name: /answers\.PUB_LISTED/ });
  await expect(change.getByRole("cell").nth(0)).toHaveText("YES");
  await expect(change.getByRole("cell").nth(1)).toHaveText("NO");
  await expect(entry.getByLabel("Context")).toContainText("The court's online schedule did not list this hearing.");
  // The log is read-only: no control changes an entry.
  await expect(entry.getByRole("button", { name: /edit|delete|change/i })).toHaveCount(0);
  await expect(managerPage.getByRole("listitem").filter({ hasText: "Report submitted" })).toHaveCount(1);
  for (const page of [monitorPage, analystPage, managerPage]) await page.context().close();
});

test("[ANALYST] an analyst has no audit log; a monitor neither", async ({ browser }) => {
  for (const role of ["ANALYST", "MONITOR"] as const) {
    const user = await createUser(role);
    const page = await pageFor(browser, user.email);
    expect((await page.goto("/audit"))?.status()).toBe(404);
    await page.context().close();
  }
});
