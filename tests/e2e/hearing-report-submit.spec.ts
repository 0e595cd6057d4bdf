import { expect, test } from "@playwright/test";
import { createUser, db } from "./support/db";
import { answersOf, choose, createDraftHearing, E2E_PASSWORD, expectSaved, group } from "./support/hearings";
import { signIn } from "./support/sign-in";

test.afterAll(() => db.$disconnect());
test.use({ viewport: { width: 375, height: 740 } });

test("[MONITOR] on a phone, by keyboard alone, goes from the home page to a submitted report", async ({ page }) => {
  const monitor = await createUser("MONITOR");
  const { hearingId, caseNumber } = await createDraftHearing(monitor.id);
  await signIn(page, monitor.email, E2E_PASSWORD);
  await page.goto("/hearings");

  // Open the report from "My hearings" with the keyboard.
  const link = page.getByRole("link", { name: caseNumber }).first();
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/hearings/${hearingId}$`));
  await expect(page.getByRole("heading", { level: 1, name: `Report: ${caseNumber}` })).toBeVisible();

  // Facts.
  await page.getByLabel("Stage").focus();
  await page.getByLabel("Stage").selectOption("MAIN_TRIAL");
  await choose(group(page, "What happened"), "Held");
  // Time inputs type differently per browser language: fill sets them as the keyboard would.
  await page.getByLabel("Actual start").fill("09:25");
  await page.getByLabel("End", { exact: true }).fill("10:40");
  await expect(page.getByText("Delay: 25 minutes")).toBeVisible();
  await expect(page.getByText("Duration: 75 minutes")).toBeVisible();
  await choose(group(page, "Was the hearing announced publicly?"), "Yes");
  await choose(group(page, "Was the hearing closed to the public?"), "No");
  await choose(group(page, "Were the public admitted?"), "Yes");
  await page.getByLabel("Language of the proceedings").selectOption("ALBANIAN");
  await choose(group(page, "Was interpretation needed?"), "No");
  await choose(group(page, "Does the law require an audio or video record?"), "Yes");
  await choose(group(page, "Was an audio or video record made?"), "No");
  await page.getByLabel("Number of defendants").focus();
  await page.keyboard.type("1");
  await choose(group(page, "Were the defendants present?"), "Yes");
  await choose(group(page, "Detention"), "At liberty");
  await choose(group(page, "Defence counsel"), "Retained");
  await choose(group(page, "Is there a victim?"), "No");
  await choose(group(page, "Is a juvenile involved?"), "No");
  await choose(group(page, "Was a judgment pronounced?"), "No");
  await page.getByLabel("Defendants' names").focus();
  await page.keyboard.type("A. B.");

  // Every question that applies: the compliant answer, except a non-compliant one to the first.
  const nonCompliant = new Map((await db.checklistQuestion.findMany({ select: { textEn: true, nonCompliantAnswers: true } })).map((q) => [q.textEn, (q.nonCompliantAnswers as string[])[0]]));
  const questions = page.locator("fieldset.question");
  const count = await questions.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i++) {
    const bad = nonCompliant.get((await questions.nth(i).locator("legend").innerText()).trim()) === "YES" ? "Yes" : "No";
    await choose(questions.nth(i), i === 0 ? bad : bad === "Yes" ? "No" : "Yes");
  }
  await page.getByLabel("What happened", { exact: true }).focus();
  await page.keyboard.type("The court heard two witnesses.");
  await expect(page.getByText(/^(\d+) of \1 required items done$/).first()).toBeVisible();
  await expectSaved(page);

  // Submit: the first press asks to confirm, and focus moves to the confirmation.
  await page.getByRole("button", { name: "Submit for review" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Confirm: submit now" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/Submitted for review on/)).toBeVisible();
  // On the phone, the confirmation comes into view (the form was scrolled to its end).
  await expect(page.getByText(/Submitted for review on/)).toBeInViewport();
  await expect(page.getByRole("button", { name: "Submit for review" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Results by standard" })).toBeVisible();

  const hearing = await db.hearing.findUniqueOrThrow({ where: { id: hearingId }, include: { standardResults: true, personalData: true } });
  expect(hearing).toMatchObject({ reviewState: "SUBMITTED", status: "HELD", delayMinutes: 25, durationMinutes: 75 });
  expect(hearing.submittedAt).not.toBeNull();
  expect(hearing.personalData?.defendantNames).toBe("A. B.");
  expect(Object.keys(await answersOf(hearingId))).toHaveLength(count);
  expect(hearing.standardResults.filter((r) => r.result === "NON_COMPLIANT")).toHaveLength(1);
  expect(await db.auditLog.count({ where: { action: "hearing.submit", entityId: String(hearingId) } })).toBe(1);

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("[MONITOR] schedules a hearing from the home page: court by either name, new case, report created as a draft", async ({ page }) => {
  const monitor = await createUser("MONITOR");
  await signIn(page, monitor.email, E2E_PASSWORD);
  await page.goto("/hearings");
  await page.getByRole("link", { name: "Schedule a hearing" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Schedule a hearing" })).toBeVisible();

  await page.getByLabel("Find a court").focus();
  await page.keyboard.type("lipljan");
  await expect(page.getByText("1 court matches")).toBeVisible();
  await expect(page.getByLabel("Court", { exact: true })).toHaveValue(/\d+/);
  const number = `C. ${Date.now().toString(36)}/2026`;
  await page.getByLabel("Case number").focus();
  await page.keyboard.type(number);
  await expect(page.getByText(/will be created/)).toBeVisible();
  await page.getByLabel("Case category").selectOption("CIVIL");
  await page.getByLabel("Subject").selectOption("LABOUR");
  await page.getByRole("button", { name: "Create the report" }).focus();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: `Report: ${number}` })).toBeVisible();
  const hearing = await db.hearing.findFirstOrThrow({ where: { monitorId: monitor.id }, include: { case: true, court: true } });
  expect(hearing).toMatchObject({ reviewState: "DRAFT", case: { caseNumber: number, category: "CIVIL", subject: "LABOUR" }, court: { code: "BR-LIPJAN" } });
});

test("[MONITOR] a returned report shows the reviewer's comments beside the questions, and goes back for review", async ({ page }) => {
  const monitor = await createUser("MONITOR");
  const analyst = await createUser("ANALYST");
  const { hearingId, caseNumber } = await createDraftHearing(monitor.id, { category: "CIVIL", subject: "PROPERTY" });
  await db.hearing.update({ where: { id: hearingId }, data: { reviewState: "RETURNED", status: "CANCELLED", announcedPublicly: true } });
  await db.reviewComment.createMany({
    data: [
      { hearingId, authorId: analyst.id, questionCode: "PUB_LISTED", body: "Did you check the online schedule too?" },
      { hearingId, authorId: analyst.id, questionCode: null, body: "Please say why the hearing was cancelled." },
    ],
  });
  await signIn(page, monitor.email, E2E_PASSWORD);
  await page.goto("/hearings?view=RETURNED");
  await page.getByRole("link", { name: caseNumber }).click();

  await expect(page.getByText("Returned to you with comments")).toBeVisible();
  await expect(page.getByRole("region", { name: "Reviewer's comments" })).toContainText("Please say why the hearing was cancelled.");
  const listed = group(page, "Was the hearing listed publicly (notice board or online schedule)?");
  await expect(listed.getByRole("complementary", { name: "Reviewer's comments" })).toContainText("Did you check the online schedule too?");

  const questions = page.locator("fieldset.question");
  for (let i = 0; i < (await questions.count()); i++) await choose(questions.nth(i), "Yes");
  await page.getByLabel("What happened", { exact: true }).fill("The judge was ill; the court clerk announced it at 09:10.");
  await expectSaved(page);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await page.getByRole("button", { name: "Confirm: submit now" }).click();
  await expect(page.getByText(/Submitted for review on/)).toBeVisible();
  // On the phone, the confirmation comes into view (the form was scrolled to its end).
  await expect(page.getByText(/Submitted for review on/)).toBeInViewport();
  expect((await db.hearing.findUniqueOrThrow({ where: { id: hearingId } })).reviewState).toBe("SUBMITTED");
});
