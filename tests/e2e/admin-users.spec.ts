import { expect, test } from "@playwright/test";
import { createUser, db, uniqueSuffix } from "./support/db";
import { signInAsNewAdmin } from "./support/admin";
import { signIn, signInWithForm } from "./support/sign-in";

test.afterAll(() => db.$disconnect());

test("[ADMIN] creates a monitor, who must change the password at first sign-in and then sees their region's hearings, not another region's", async ({ page, browser }) => {
  const email = `new.monitor-${uniqueSuffix()}@e2e.example`;
  await signInAsNewAdmin(page);
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "New user" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New user" })).toBeVisible();
  const form = page.getByRole("main");
  await form.getByLabel("E-mail", { exact: true }).fill(email);
  await form.getByLabel("Name", { exact: true }).fill("Drita Monitoruese");
  await form.getByLabel("Role").selectOption("MONITOR");
  await form.getByLabel("Region").selectOption({ label: "Pejë / Peć" });
  await form.getByLabel("Language").selectOption("sr");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("status").filter({ hasText: `The account of ${email} was created.` })).toBeVisible();
  const temporary = (await page.getByTestId("one-time-secret").textContent())!.trim();
  expect(temporary).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);

  // A hearing of the new monitor's region, assigned to them, to find on their home page.
  const monitor = await db.user.findUniqueOrThrow({ where: { email } });
  const court = await db.court.findUniqueOrThrow({ where: { code: "BC-PEJE" } });
  const version = await db.checklistVersion.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { number: "desc" } });
  const caseNumber = `P ${uniqueSuffix()}/26`;
  const kase = await db.case.create({ data: { courtId: court.id, caseNumber, category: "CRIMINAL", subject: "CORRUPTION" } });
  await db.hearing.create({ data: { caseId: kase.id, courtId: court.id, monitorId: monitor.id, checklistVersionId: version.id, scheduledAt: new Date(Date.now() + 3 * 86_400_000) } });
  // A colleague's submitted report in the region (and their draft on the same case), and a report of another region.
  const colleague = await createUser("MONITOR", { region: "PEJE" });
  const colleagueCase = await db.case.create({ data: { courtId: court.id, caseNumber: `P ${uniqueSuffix()}/26`, category: "CRIMINAL", subject: "HATE_CRIME" } });
  const lastWeek = new Date(Date.now() - 7 * 86_400_000);
  const submitted = await db.hearing.create({
    data: {
      caseId: colleagueCase.id, courtId: court.id, monitorId: colleague.id, checklistVersionId: version.id, scheduledAt: lastWeek,
      status: "CANCELLED", announcedPublicly: true, reviewState: "SUBMITTED", submittedAt: new Date(),
      personalData: { create: { defendantNames: "Q. R." } },
    },
  });
  const colleagueDraft = await db.hearing.create({ data: { caseId: colleagueCase.id, courtId: court.id, monitorId: colleague.id, checklistVersionId: version.id, scheduledAt: new Date() } });
  const elsewhere = await createUser("MONITOR", { region: "PRIZREN" });
  const prizren = await db.court.findUniqueOrThrow({ where: { code: "BC-PRIZREN" } });
  const otherCase = await db.case.create({ data: { courtId: prizren.id, caseNumber: `P ${uniqueSuffix()}/26`, category: "CRIMINAL", subject: "HATE_CRIME" } });
  const otherRegion = await db.hearing.create({
    data: { caseId: otherCase.id, courtId: prizren.id, monitorId: elsewhere.id, checklistVersionId: version.id, scheduledAt: lastWeek, status: "CANCELLED", reviewState: "SUBMITTED", submittedAt: new Date() },
  });

  const context = await browser.newContext();
  const monitorPage = await context.newPage();
  await signInWithForm(monitorPage, email, temporary);
  // The language the admin chose for the account, and the password change before anything else.
  await expect(monitorPage).toHaveURL(/\/account\/password$/);
  await expect(monitorPage.getByRole("heading", { level: 1, name: "Promenite lozinku" })).toBeVisible();
  await monitorPage.goto("/hearings");
  await expect(monitorPage).toHaveURL(/\/account\/password$/);

  await monitorPage.getByLabel("Privremena lozinka").fill(temporary);
  await monitorPage.getByLabel("Nova lozinka", { exact: true }).fill("password1234");
  await monitorPage.getByLabel("Nova lozinka ponovo").fill("password1234");
  await monitorPage.getByRole("button", { name: "Promeni lozinku" }).click();
  await expect(monitorPage.getByText("Ova lozinka je previše uobičajena")).toBeVisible();

  await monitorPage.getByLabel("Nova lozinka", { exact: true }).fill("zelena-lipa-Decani-1994");
  await monitorPage.getByLabel("Nova lozinka ponovo").fill("zelena-lipa-Decani-1994");
  await monitorPage.getByRole("button", { name: "Promeni lozinku" }).click();
  await expect(monitorPage).toHaveURL(/\/hearings$/);
  await expect(monitorPage.getByRole("heading", { level: 1, name: "Moja ročišta" })).toBeVisible();
  await expect(monitorPage.getByText(caseNumber).first()).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { email } })).mustChangePassword).toBe(false);

  // The colleague's case is among the region's cases; its history shows the submitted report, not the draft.
  await monitorPage.goto(`/cases?q=${encodeURIComponent(colleagueCase.caseNumber)}`);
  await monitorPage.getByRole("link", { name: colleagueCase.caseNumber }).click();
  await expect(monitorPage.getByRole("heading", { level: 1, name: `Predmet ${colleagueCase.caseNumber}` })).toBeVisible();
  const timeline = monitorPage.locator("ol.case-timeline");
  await expect(timeline.getByRole("listitem")).toHaveCount(1);
  await expect(timeline).toContainText(colleague.name);
  await timeline.getByRole("link").click();
  await expect(monitorPage).toHaveURL(new RegExp(`/hearings/${submitted.id}$`));
  // Read-only, and without the names of people, which only the report's own monitor and analysts see.
  await expect(monitorPage.getByRole("heading", { level: 1, name: `Izveštaj: ${colleagueCase.caseNumber}` })).toBeVisible();
  await expect(monitorPage.getByText(/^Podnet na pregled/)).toBeVisible();
  await expect(monitorPage.getByRole("radio")).toHaveCount(0);
  await expect(monitorPage.getByText("Q. R.")).toHaveCount(0);

  // Another region's report, and a colleague's draft, do not exist for this monitor.
  await monitorPage.goto(`/cases?q=${encodeURIComponent(otherCase.caseNumber)}`);
  await expect(monitorPage.getByText("Ništa ne odgovara ovim filterima.")).toBeVisible();
  for (const hidden of [otherRegion.id, colleagueDraft.id]) {
    const response = await monitorPage.goto(`/hearings/${hidden}`);
    expect(response?.status()).toBe(404);
    await expect(monitorPage.getByRole("heading", { name: "Nije pronađeno" })).toBeVisible();
  }
  await context.close();
});

test("[ADMIN] deactivates a user, whose open session stops working at the next request", async ({ page, browser }) => {
  const monitor = await createUser("MONITOR");
  const context = await browser.newContext();
  const monitorPage = await context.newPage();
  await signIn(monitorPage, monitor.email, "E2E-Password-42");
  await monitorPage.goto("/hearings");
  await expect(monitorPage.getByRole("heading", { level: 1, name: "My hearings" })).toBeVisible();

  await signInAsNewAdmin(page);
  await page.goto("/admin/users?q=" + encodeURIComponent(monitor.email));
  await page.getByRole("link", { name: monitor.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: monitor.name })).toBeVisible();
  await page.getByRole("button", { name: "Deactivate" }).click();
  await page.getByRole("button", { name: "Confirm: Deactivate" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The account is deactivated." })).toBeVisible();
  await expect(page.getByText("Inactive", { exact: true })).toBeVisible();

  await monitorPage.reload();
  await expect(monitorPage).toHaveURL(/\/login/);
  await signInWithForm(monitorPage, monitor.email, "E2E-Password-42");
  await expect(monitorPage.getByRole("alert").filter({ hasText: "This account has been deactivated" })).toBeVisible();
  await context.close();
});

test("[ADMIN] resets a forgotten password; the old one stops working and the new one must be replaced", async ({ page, browser }) => {
  const analyst = await createUser("ANALYST");
  await signInAsNewAdmin(page);
  await page.goto(`/admin/users/${analyst.id}`);
  await page.getByRole("button", { name: "Reset password" }).click();
  await page.getByRole("button", { name: "Confirm: Reset password" }).click();
  const temporary = (await page.getByTestId("one-time-secret").textContent())!.trim();
  await expect(page.getByText("Must change password").first()).toBeVisible();

  const context = await browser.newContext();
  const analystPage = await context.newPage();
  await signInWithForm(analystPage, analyst.email, "E2E-Password-42");
  await expect(analystPage.getByRole("alert").filter({ hasText: "The e-mail or password is not right." })).toBeVisible();
  await signInWithForm(analystPage, analyst.email, temporary);
  await expect(analystPage).toHaveURL(/\/account\/password$/);
  await context.close();
});

test("[ADMIN] finds users by name and changes a monitor's region", async ({ page }) => {
  const monitor = await createUser("MONITOR", { region: "PRIZREN" });
  await signInAsNewAdmin(page);
  await page.goto("/admin/users");
  await page.getByLabel("Name or e-mail").fill(monitor.name);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("row")).toHaveCount(2);
  await page.getByRole("link", { name: monitor.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: monitor.name })).toBeVisible();
  await page.getByRole("main").getByLabel("Region").selectOption({ label: "Gjilan / Gnjilane" });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Gjilan / Gnjilane" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Account changed" })).toBeVisible();
});
