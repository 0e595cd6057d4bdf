import { expect, test } from "@playwright/test";
import { createUser, db, uniqueSuffix } from "./support/db";
import { E2E_PASSWORD, fillNewCaseSchedule, group } from "./support/hearings";
import { signIn } from "./support/sign-in";

test.afterAll(() => db.$disconnect());
test.use({ viewport: { width: 375, height: 740 } });

test("[MONITOR] scheduling the next hearing of a known case fills in the court's details, the prosecutor and the parties from the previous one, to confirm", async ({ page }) => {
  const monitor = await createUser("MONITOR");
  const court = await db.court.findFirstOrThrow({ where: { nameSq: { contains: "Podujev" } } });
  const judge = await db.judge.create({ data: { courtId: court.id, name: `Gjyqtare ${uniqueSuffix()}`, gender: "FEMALE" } });
  const version = await db.checklistVersion.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: [{ publishedAt: "desc" }, { number: "desc" }] });
  const caseNumber = `P. ${uniqueSuffix()}/2026`;
  const kase = await db.case.create({ data: { courtId: court.id, caseNumber, category: "CRIMINAL", subject: "GENERAL_CRIME", department: "GENERAL" } });
  const previous = await db.hearing.create({
    data: {
      caseId: kase.id, courtId: court.id, monitorId: monitor.id, checklistVersionId: version.id, reviewState: "SUBMITTED",
      scheduledAt: new Date(Date.now() - 10 * 24 * 3600_000), stage: "MAIN_TRIAL", status: "HELD",
      panel: "Single judge", judgeId: judge.id, judgeGender: "FEMALE", prosecutor: "Basic Prosecution Office", prosecutorGender: "MALE",
      defendantsPresent: true, defenceCounsel: "EX_OFFICIO", victimInvolved: true, victimPresent: false, victimRepresented: true,
    },
  });

  await signIn(page, monitor.email, E2E_PASSWORD);
  await page.goto("/hearings/new");
  await page.getByLabel("Find a court").fill("Podujev");
  await expect(page.getByText("1 court matches")).toBeVisible();
  await page.getByLabel("Case number").fill(caseNumber);
  await expect(page.getByText(/Existing case:/)).toBeVisible();
  await page.getByRole("button", { name: "Create the report" }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Report: ${caseNumber}` })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/were filled in from this case's previous hearing/)).toBeVisible();
  await expect(page.getByLabel("Presiding judge")).toHaveValue(String(judge.id));
  await expect(page.getByLabel("Panel", { exact: true })).toHaveValue("Single judge");
  await expect(page.getByLabel("Prosecutor", { exact: true })).toHaveValue("Basic Prosecution Office");
  await expect(group(page, "Were the defendants present?").getByRole("radio", { name: "Yes", exact: true })).toBeChecked();
  await expect(group(page, "Defence counsel").getByRole("radio", { name: "Ex officio", exact: true })).toBeChecked();
  await expect(group(page, "Is there a victim?").getByRole("radio", { name: "Yes", exact: true })).toBeChecked();
  await expect(group(page, "Was the victim present?").getByRole("radio", { name: "No", exact: true })).toBeChecked();
  await expect(group(page, "Was the victim represented?").getByRole("radio", { name: "Yes", exact: true })).toBeChecked();

  const created = await db.hearing.findFirstOrThrow({ where: { caseId: kase.id, id: { not: previous.id } } });
  expect(created).toMatchObject({ prefilledFromHearingId: previous.id, judgeId: judge.id, panel: "Single judge", prosecutor: "Basic Prosecution Office", defendantsPresent: true, defenceCounsel: "EX_OFFICIO" });
  // What happened at the new hearing is not carried over: that is for the monitor to record.
  expect(created.status).toBeNull();
});

test("[MONITOR] a new case has nothing to carry over: the report starts empty", async ({ page }) => {
  const monitor = await createUser("MONITOR");
  await signIn(page, monitor.email, E2E_PASSWORD);
  const caseNumber = await fillNewCaseSchedule(page, "GENERAL_CRIME");
  await page.getByRole("button", { name: "Create the report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Report: ${caseNumber}` })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/were filled in from this case's previous hearing/)).toHaveCount(0);
  await expect(page.getByLabel("Panel", { exact: true })).toHaveValue("");
});
