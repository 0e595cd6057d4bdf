import { expect, test } from "@playwright/test";
import { createUser, db } from "./support/db";
import { choose, createDraftHearing, expectSaved, group } from "./support/hearings";
import { horizontalOverflow, LISTED_QUESTION, pageFor, submitCancelledReport } from "./support/review";

test.afterAll(() => db.$disconnect());

const PHONE = { width: 375, height: 740 };

test("[ANALYST] returns a report with a comment on one question; [MONITOR] sees it beside that question, fixes and resubmits; [ANALYST] approves", async ({ browser }) => {
  const monitor = await createUser("MONITOR");
  const analyst = await createUser("ANALYST");
  const { hearingId, caseNumber } = await createDraftHearing(monitor.id, { category: "CIVIL", subject: "PROPERTY" });
  const monitorPage = await pageFor(browser, monitor.email, PHONE);
  await submitCancelledReport(monitorPage, hearingId);

  // The analyst, on a phone and by keyboard: the queue counts the report and leads to it.
  const analystPage = await pageFor(browser, analyst.email, PHONE);
  await analystPage.goto(`/review?monitor=${monitor.id}`);
  await expect(analystPage.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  const queued = analystPage.getByRole("list", { name: "Reports waiting for review" }).getByRole("listitem").filter({ hasText: caseNumber });
  await expect(queued).toContainText(/Waiting \d+ minutes?/);
  await queued.getByRole("link", { name: caseNumber }).focus();
  await analystPage.keyboard.press("Enter");
  await expect(analystPage.getByRole("heading", { level: 1, name: `Review: ${caseNumber}` })).toBeVisible();
  expect(await horizontalOverflow(analystPage)).toBeLessThanOrEqual(0);

  // A comment beside the listing question, and a general one.
  const listed = analystPage.getByRole("listitem").filter({ has: analystPage.getByText(LISTED_QUESTION, { exact: true }) });
  await listed.getByRole("button", { name: "Comment on this question" }).focus();
  await analystPage.keyboard.press("Enter");
  await expect(listed.getByLabel("Your comment for the monitor")).toBeFocused();
  await analystPage.keyboard.type("Was it on the court's online schedule too?");
  await expect(analystPage.getByText("1 comment on a question:")).toBeVisible();
  await analystPage.getByLabel("General comment").fill("Please say who announced the cancellation.");
  await analystPage.getByRole("button", { name: "Return to the monitor" }).focus();
  await analystPage.keyboard.press("Enter");
  await expect(analystPage.getByRole("status").filter({ hasText: "Returned to the monitor on" })).toBeVisible();
  expect((await db.hearing.findUniqueOrThrow({ where: { id: hearingId } })).reviewState).toBe("RETURNED");

  // The monitor: the menu counts the returned report; the comment is beside that question; fix and resubmit.
  await monitorPage.goto("/hearings");
  await monitorPage.locator("summary", { hasText: "Menu" }).click();
  await expect(monitorPage.getByRole("link", { name: /My hearings.*1 report returned to you/ })).toBeVisible();
  await monitorPage.goto(`/hearings/${hearingId}`);
  await expect(monitorPage.getByText("Returned to you with comments")).toBeVisible();
  await expect(monitorPage.getByRole("region", { name: "Reviewer's comments" })).toContainText("Please say who announced the cancellation.");
  const question = group(monitorPage, LISTED_QUESTION);
  await expect(question.getByRole("complementary", { name: "Reviewer's comments" })).toContainText("Was it on the court's online schedule too?");
  await choose(question, "No");
  await monitorPage.getByLabel("What happened", { exact: true }).fill("The clerk announced it at 09:10; it was not on the online schedule.");
  await expectSaved(monitorPage);
  expect(await horizontalOverflow(monitorPage)).toBeLessThanOrEqual(0);
  await monitorPage.getByRole("button", { name: "Submit for review" }).click();
  await monitorPage.getByRole("button", { name: "Confirm: submit now" }).click();
  await expect(monitorPage.getByText(/Submitted for review on/)).toBeVisible();

  // The analyst sees the round's comment still beside the question, and approves.
  await analystPage.goto(`/review/${hearingId}`);
  const relisted = analystPage.getByRole("listitem").filter({ has: analystPage.getByText(LISTED_QUESTION, { exact: true }) });
  await expect(relisted.getByRole("complementary", { name: "Reviewer's comments" })).toContainText("online schedule too?");
  await expect(relisted).toContainText("Non-compliant");
  await analystPage.getByRole("button", { name: "Approve the report" }).click();
  await expect(analystPage.getByRole("button", { name: "Confirm: approve now" })).toBeFocused();
  await analystPage.keyboard.press("Enter");
  await expect(analystPage.getByRole("status").filter({ hasText: "Approved on" })).toBeVisible();
  await analystPage.locator("summary", { hasText: "Review history" }).click();
  await expect(analystPage.getByText(/Round 1: returned by/)).toBeVisible();

  const hearing = await db.hearing.findUniqueOrThrow({ where: { id: hearingId }, include: { comments: { orderBy: { id: "asc" } } } });
  expect(hearing).toMatchObject({ reviewState: "APPROVED", reviewerId: analyst.id });
  expect(hearing.comments.map((c) => [c.questionCode, c.round, c.resolvedAt !== null])).toEqual([[null, 1, true], ["PUB_LISTED", 1, true]]);
  const log = await db.auditLog.findMany({ where: { entityType: "Hearing", entityId: String(hearingId), action: { not: "hearing.save" } }, orderBy: { id: "asc" } });
  expect(log.map((e) => e.action)).toEqual(["hearing.submit", "hearing.return", "hearing.submit", "hearing.approve"]);
  await monitorPage.context().close();
  await analystPage.context().close();
});

test("[ANALYST] the menu counts the reports waiting for review", async ({ browser }) => {
  const analyst = await createUser("ANALYST");
  const page = await pageFor(browser, analyst.email);
  await page.goto("/review");
  const waiting = await db.hearing.count({ where: { reviewState: "SUBMITTED" } });
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Review queue" })).toContainText(String(waiting));
  await expect(page.getByText(`${waiting} reports waiting`, { exact: true })).toBeVisible();
  await page.context().close();
});
