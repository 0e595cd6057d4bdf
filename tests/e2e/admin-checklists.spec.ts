import { expect, test } from "@playwright/test";
import { signInAsNewAdmin } from "./support/admin";
import { createUser, db, uniqueSuffix } from "./support/db";
import { choose, createDraftHearing, E2E_PASSWORD, expectSaved, group } from "./support/hearings";
import { signIn } from "./support/sign-in";

test.afterAll(() => db.$disconnect());

test("[ADMIN] drafts a checklist version with a new conditional question and publishes it; the code stays tied to its standard", async ({ page }) => {
  const code = `VR_WAIT_${uniqueSuffix().toUpperCase().replace(/[^A-Z0-9]/g, "")}`;
  const before = await db.checklistVersion.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { number: "desc" } });
  await signInAsNewAdmin(page);
  await page.goto("/admin/checklists");
  await page.getByRole("button", { name: `New draft from version ${before.number}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Fair-trial checklist: version ${before.number + 1}` })).toBeVisible();
  await expect(page.locator(".page-header .badge")).toHaveText("Draft");

  // A code already used for another standard is refused, with the standard it belongs to.
  await page.getByRole("link", { name: "Add question" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New question" })).toBeVisible();
  await page.getByLabel("Code", { exact: true }).fill("JUV_CLOSED");
  await page.getByLabel("Fair-trial standard").selectOption({ label: "S12 · Victims' rights" });
  await page.getByLabel("Question in English").fill("Was the victim offered a separate waiting room?");
  await page.getByLabel("Question in Albanian").fill("A iu ofrua viktimës një dhomë pritjeje e veçantë?");
  await page.getByLabel("Question in Serbian").fill("Da li je žrtvi ponuđena posebna čekaonica?");
  await page.getByLabel("When all of these hold").check();
  await page.getByLabel("Fact").selectOption("victimInvolved");
  await page.getByRole("button", { name: "Add a condition" }).click();
  await page.getByLabel("Fact").nth(1).selectOption("protectionOrder");
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByText("This code belongs to standard S13")).toBeVisible();

  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByLabel("The monitor must answer it when it applies").uncheck();
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page).toHaveURL(/\/admin\/checklists\/versions\/\d+$/);
  const row = page.getByRole("row", { name: new RegExp(code) });
  await expect(row.getByRole("cell", { name: "A victim is involved is Yes and Protection order is Yes" })).toBeVisible();
  await expect(page.getByText("Changes since version")).toBeVisible();

  // Moved to the top, then published.
  for (let i = 0; i < 3; i++) await row.getByRole("button", { name: `Move ${code} up` }).click();
  await expect(page.getByRole("row").nth(-1)).not.toContainText(code);
  await page.getByRole("button", { name: `Publish version ${before.number + 1}` }).click();
  await page.getByRole("button", { name: `Confirm: Publish version ${before.number + 1}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Version ${before.number + 1} is published.` })).toBeVisible();
  await expect(page.locator(".page-header .badge")).toHaveText("Published");
  await expect(page.getByRole("button", { name: `Move ${code} up` })).toHaveCount(0);

  const published = await db.checklistVersion.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { number: "desc" } });
  expect(published.number).toBe(before.number + 1);
  const question = await db.checklistQuestion.findFirstOrThrow({ where: { versionId: published.id, code } });
  expect(question).toMatchObject({ required: false, condition: { all: [{ fact: "victimInvolved", equals: true }, { fact: "protectionOrder", equals: true }] } });
  expect(question.position).toBeLessThan(41);

  await page.goto("/admin/checklists");
  await expect(page.getByRole("row", { name: new RegExp(`Version ${published.number}`) }).getByText("Current")).toBeVisible();
});

test("[ADMIN] previews a draft's new conditional question, publishes it; a monitor's new report uses it, an older report keeps its own version's questions", async ({ page, browser }) => {
  const suffix = uniqueSuffix().toUpperCase().replace(/[^A-Z0-9]/g, "");
  const code = `LANG_SIGN_${suffix}`;
  const text = `Was sign-language interpretation offered where needed (${suffix})?`;
  const before = await db.checklistVersion.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { number: "desc" } });
  const interpreterQuestion = (await db.checklistQuestion.findFirstOrThrow({ where: { versionId: before.id, code: "LANG_INTERPRETER_PRESENT" } })).textEn;
  // A monitor's report started on the current version, before the new one exists.
  const monitor = await createUser("MONITOR");
  const older = await createDraftHearing(monitor.id);

  await signInAsNewAdmin(page);
  await page.goto("/admin/checklists");
  await page.getByRole("button", { name: `New draft from version ${before.number}` }).click();
  const number = before.number + 1;
  await expect(page.getByRole("heading", { level: 1, name: `Fair-trial checklist: version ${number}` })).toBeVisible();
  await page.getByRole("link", { name: "Add question" }).click();
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByLabel("Fair-trial standard").selectOption({ label: "S09 · Interpretation and language" });
  await page.getByLabel("Question in English").fill(text);
  await page.getByLabel("Question in Albanian").fill(`A u ofrua përkthimi në gjuhën e shenjave ku nevojitej (${suffix})?`);
  await page.getByLabel("Question in Serbian").fill(`Da li je ponuđeno prevođenje na znakovni jezik gde je bilo potrebno (${suffix})?`);
  await page.getByLabel("When all of these hold").check();
  await page.getByLabel("Fact").selectOption("interpretationNeeded");
  // Optional, so that the other specs' reports on the newest version need not answer it.
  await page.getByLabel("The monitor must answer it when it applies").uncheck();
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByRole("row", { name: new RegExp(code) })).toBeVisible();

  // The draft's preview: the monitor's checklist, the new question only while its condition holds.
  await page.getByRole("link", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Preview of version ${number}` })).toBeVisible();
  await expect(page.locator(".page-header .badge")).toHaveText("Draft");
  const draftQuestions = { version: { templateId: before.templateId, number } };
  const total = await db.checklistQuestion.count({ where: draftQuestions });
  const onInterpretation = await db.checklistQuestion.count({ where: { ...draftQuestions, condition: { equals: { fact: "interpretationNeeded", equals: true } } } });
  const count = page.getByRole("status").filter({ hasText: `of ${total} questions` });
  const shownAtFirst = Number((await count.textContent())!.match(/^\d+/)![0]);
  const facts = page.getByRole("region", { name: "The hearing's facts" });
  const newQuestion = page.getByRole("group", { name: text });
  await expect(facts.getByRole("radio").first()).toBeEnabled();
  await expect(newQuestion).toHaveCount(0);
  await choose(group(page, "Interpretation needed"), "Yes");
  await expect(newQuestion).toBeVisible();
  await expect(count).toHaveText(`${shownAtFirst + onInterpretation} of ${total} questions apply.`);
  await expect(group(page, interpreterQuestion)).toBeVisible();
  await choose(newQuestion, "No");
  await choose(group(page, "Interpretation needed"), "No");
  await expect(newQuestion).toHaveCount(0);
  // Back on, it applies again, unanswered: as in a saved report, the answer went with the condition.
  await choose(group(page, "Interpretation needed"), "Yes");
  await expect(newQuestion.getByRole("radio", { checked: true })).toHaveCount(0);
  // Facts the monitor's form asks only after others: the verdict once the hearing was held.
  await expect(facts.getByRole("group", { name: "Verdict pronounced" })).toHaveCount(0);
  await facts.getByLabel("Hearing status").selectOption("HELD");
  await expect(facts.getByRole("group", { name: "Verdict pronounced" })).toBeVisible();
  // On a phone the panel comes first, nothing wider than the screen.
  await page.setViewportSize({ width: 375, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.getByRole("link", { name: `Back to version ${number}` }).click();
  await page.getByRole("button", { name: `Publish version ${number}` }).click();
  await page.getByRole("button", { name: `Confirm: Publish version ${number}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Version ${number} is published.` })).toBeVisible();
  const published = await db.checklistVersion.findFirstOrThrow({ where: { templateId: before.templateId, number } });

  // The monitor schedules a new hearing: its report is on the new version and asks the new question.
  const monitorContext = await browser.newContext();
  const monitorPage = await monitorContext.newPage();
  await signIn(monitorPage, monitor.email, E2E_PASSWORD);
  await monitorPage.goto("/hearings/new");
  await monitorPage.getByLabel("Find a court").fill("lipljan");
  await expect(monitorPage.getByText("1 court matches")).toBeVisible();
  const caseNumber = `P. ${suffix}/2026`;
  await monitorPage.getByLabel("Case number").fill(caseNumber);
  await monitorPage.getByLabel("Case category").selectOption("CRIMINAL");
  await monitorPage.getByLabel("Subject").selectOption("GENERAL_CRIME");
  await monitorPage.getByRole("button", { name: "Create the report" }).click();
  await expect(monitorPage.getByRole("heading", { level: 1, name: `Report: ${caseNumber}` })).toBeVisible();
  await expect(monitorPage.getByRole("definition").filter({ hasText: `Version ${number}` })).toBeVisible();
  const created = await db.hearing.findFirstOrThrow({ where: { monitorId: monitor.id, case: { caseNumber } } });
  expect(created.checklistVersionId).toBe(published.id);
  const monitorQuestion = monitorPage.getByRole("group", { name: text });
  await expect(monitorQuestion).toHaveCount(0);
  await choose(group(monitorPage, "Was interpretation needed?"), "Yes");
  await expect(monitorQuestion).toBeVisible();
  await choose(group(monitorPage, "Was interpretation needed?"), "No");
  await expect(monitorQuestion).toHaveCount(0);

  // The report started before keeps the version it was started on: its own questions, not the new one.
  await monitorPage.goto(`/hearings/${older.hearingId}`);
  await expect(monitorPage.getByRole("heading", { level: 1, name: `Report: ${older.caseNumber}` })).toBeVisible();
  await expect(monitorPage.getByRole("definition").filter({ hasText: `Version ${before.number}` })).toBeVisible();
  await choose(group(monitorPage, "Was interpretation needed?"), "Yes");
  await expect(group(monitorPage, interpreterQuestion)).toBeVisible();
  await expect(monitorPage.getByRole("group", { name: text })).toHaveCount(0);
  await expectSaved(monitorPage);
  expect((await db.hearing.findUniqueOrThrow({ where: { id: older.hearingId } })).checklistVersionId).toBe(before.id);
  await monitorContext.close();
});
