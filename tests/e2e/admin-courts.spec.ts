import { expect, test } from "@playwright/test";
import { createUser, db, uniqueSuffix } from "./support/db";
import { signInAsNewAdmin } from "./support/admin";

test.afterAll(() => db.$disconnect());

/** A branch of the Pejë Basic Court of this spec's own, with one past hearing. */
async function courtWithHearing() {
  const suffix = uniqueSuffix().toUpperCase().replace(/[^A-Z0-9]/g, "");
  const [region, parent] = await Promise.all([db.region.findUniqueOrThrow({ where: { code: "PEJE" } }), db.court.findUniqueOrThrow({ where: { code: "BC-PEJE" } })]);
  const court = await db.court.create({
    data: { code: `BR-E2E${suffix}`.slice(0, 20), kind: "BRANCH", nameSq: `Dega Provë ${suffix}`, nameSr: `Odeljenje Proba ${suffix}`, regionId: region.id, parentId: parent.id, departments: ["GENERAL"] },
  });
  const monitor = await createUser("MONITOR", { region: "PEJE" });
  const version = await db.checklistVersion.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { number: "desc" } });
  const kase = await db.case.create({ data: { courtId: court.id, caseNumber: `C ${suffix}/25`, category: "CIVIL", subject: "PROPERTY" } });
  await db.hearing.create({ data: { caseId: kase.id, courtId: court.id, monitorId: monitor.id, checklistVersionId: version.id, scheduledAt: new Date("2025-11-12T08:30:00Z") } });
  return { court, suffix };
}

test("[ADMIN] renames a court in both languages, moves it to another region and retires it: it keeps its hearing and leaves the pickers", async ({ page }) => {
  const { court, suffix } = await courtWithHearing();
  await signInAsNewAdmin(page);
  await page.goto(`/admin/courts?q=${encodeURIComponent(court.code)}`);
  await page.getByRole("link", { name: `Dega Provë ${suffix} / Odeljenje Proba ${suffix}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Dega Provë ${suffix} / Odeljenje Proba ${suffix}` })).toBeVisible();

  await page.getByLabel("Name in Albanian").fill(`Dega e Re ${suffix}`);
  await page.getByLabel("Name in Serbian").fill(`Novo Odeljenje ${suffix}`);
  await page.getByRole("button", { name: "Save names and structure" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Dega e Re ${suffix} / Novo Odeljenje ${suffix}` })).toBeVisible();

  await page.getByRole("combobox", { name: "Mission region" }).selectOption({ label: "Prizren" });
  await page.getByRole("button", { name: "Move to this region" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Moved." })).toBeVisible();
  await expect(page.locator(".facts").getByText("Prizren", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Retire" }).click();
  await page.getByRole("button", { name: "Confirm: Retire" }).click();
  await expect(page.getByText(/^Retired on /)).toBeVisible();
  await expect(page.locator(".facts").getByText("Hearings").locator("..").getByText("1", { exact: true })).toBeVisible();

  // Pickers offer active courts only: the merge picker of its Basic Court no longer lists it.
  const basic = await db.court.findUniqueOrThrow({ where: { code: "BC-PEJE" } });
  await page.goto(`/admin/courts/${basic.id}`);
  await expect(page.getByLabel("Merge into").locator("option", { hasText: `Dega e Re ${suffix}` })).toHaveCount(0);
  await expect(page.getByLabel("Merge into").locator("option", { hasText: "Dega Istog" })).toHaveCount(1);

  await page.goto("/admin/courts?status=retired");
  await expect(page.getByRole("link", { name: `Dega e Re ${suffix} / Novo Odeljenje ${suffix}` })).toBeVisible();
});

test("[ADMIN] adds a region and renames it in both languages", async ({ page }) => {
  const code = `R${uniqueSuffix().toUpperCase().replace(/[^A-Z0-9]/g, "")}`.slice(0, 20);
  await signInAsNewAdmin(page);
  await page.goto("/admin/regions");
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByLabel("Name in Albanian").fill("Ferizaj");
  await page.getByLabel("Name in Serbian").fill("Uroševac");
  await page.getByRole("button", { name: "Add region" }).click();
  await expect(page.getByRole("cell", { name: code })).toBeVisible();
  await page.getByRole("row", { name: new RegExp(code) }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Ferizaj / Uroševac" })).toBeVisible();
  await page.getByLabel("Name in Serbian").fill("Uroševac (kancelarija)");
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ferizaj / Uroševac (kancelarija)" })).toBeVisible();
});
