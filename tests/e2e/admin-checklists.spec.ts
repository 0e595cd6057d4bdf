import { expect, test } from "@playwright/test";
import { db, uniqueSuffix } from "./support/db";
import { signInAsNewAdmin } from "./support/admin";

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
