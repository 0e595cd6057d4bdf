import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { createUser, db } from "./support/db";
import { createReportCourt } from "./support/report-data";
import { signIn } from "./support/sign-in";

test.afterAll(() => db.$disconnect());

const THIS_YEAR = new Date().getUTCFullYear();
const YEAR = THIS_YEAR - 1;

test("[MANAGER] changes the period and the region, follows figures to the records behind them and finds the same counts", async ({ page }) => {
  // A court of the spec's own in Pejë/Peć: three approved hearings last year (January to March), and a
  // submitted and a returned report that the court figures must not count.
  const court = await createReportCourt(YEAR, ["YES", "NO", "NO"]);
  await signIn(page, "manager@example.org");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByTestId("dashboard-view")).toHaveText(`${THIS_YEAR} (to date) · All regions`);

  // The period: a step back to last year, then the region through the form; both kept in the address.
  await page.getByRole("link", { name: `Previous: ${YEAR}` }).click();
  await expect(page).toHaveURL(new RegExp(`from=${YEAR}-01-01&to=${YEAR}-12-31`));
  await page.getByLabel("Region", { exact: true }).selectOption({ label: "Pejë / Peć" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${YEAR}-01-01&to=${YEAR}-12-31&region=PEJE`));
  await expect(page.getByTestId("dashboard-view")).toHaveText(`${YEAR} · Pejë / Peć`);

  // The court's hearings in the coverage table lead to exactly those hearings.
  const courtRow = page.getByTestId("coverage-courts").locator(`tr[data-court="${court.code}"]`);
  await expect(courtRow.getByRole("link")).toHaveText(String(court.approved));
  await courtRow.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Hearings behind a figure" })).toBeVisible();
  await expect(page.getByTestId("drilldown-count")).toHaveText(`${court.approved} hearings`);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(1 + court.approved);
  await page.goBack();

  // The region's hearings monitored, at a glance, lead to as many hearings.
  const monitored = page.getByTestId("glance-hearings").locator(".stat");
  const shown = (await monitored.textContent())!.trim();
  await page.getByTestId("glance-hearings").getByRole("link").click();
  await expect(page.getByTestId("drilldown-count")).toHaveText(`${shown} hearings`);
  await page.goBack();

  // The reports waiting for review open as a list of as many reports, in the region.
  const submitted = page.getByTestId("pipeline-table").getByRole("row", { name: /Submitted, waiting for review/ }).getByRole("link").first();
  const waiting = (await submitted.textContent())!.trim();
  await submitted.click();
  await expect(page.getByRole("heading", { level: 1, name: "Reports in the review pipeline" })).toBeVisible();
  await expect(page.getByTestId("pipeline-count")).toHaveText(new RegExp(`^${waiting} reports?$`));
  await expect(page.locator("dl").getByText("Pejë / Peć", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Back to the dashboard" }).click();
  await expect(page).toHaveURL(/\/dashboard\?region=PEJE$/);

  // This quarter, from the quick periods.
  await page.getByRole("link", { name: "This quarter" }).click();
  await expect(page).toHaveURL(/from=\d{4}-(01|04|07|10)-01&to=\d{4}-(03-31|06-30|09-30|12-31)&region=PEJE/);
  await expect(page.getByRole("link", { name: "This quarter" })).toHaveAttribute("aria-current", "true");
});

test("[MANAGER] the dashboard reads without scripts, shows each chart's table one click away, and fits a 375 px phone", async ({ browser }) => {
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const page = await noScript.newPage();
  await signIn(page, "manager@example.org");
  await page.goto(`/dashboard?from=${YEAR}-01-01&to=${YEAR}-12-31`);
  // The server's page holds every table: the months, the conduct figures, the coverage of the regions.
  await expect(page.getByRole("table", { name: `Hearings monitored by month in ${YEAR}` })).toBeVisible();
  await expect(page.getByTestId("conduct-table")).toBeVisible();
  await expect(page.getByTestId("coverage-regions")).toBeVisible();
  await expect(page.getByTestId("region-tile-PEJE")).toContainText("%");
  await noScript.close();

  const phone = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const mobile = await phone.newPage();
  await signIn(mobile, "manager@example.org");
  await mobile.goto(`/dashboard?from=${YEAR}-01-01&to=${YEAR}-12-31`);
  const conduct = mobile.locator("#conduct .card").first();
  await expect(conduct.getByRole("button", { name: "Chart" })).toHaveAttribute("aria-pressed", "true");
  await expect(mobile.getByTestId("conduct-table")).toBeHidden();
  await conduct.getByRole("button", { name: "Table" }).click();
  await expect(mobile.getByTestId("conduct-table")).toBeVisible();
  const overflow = await mobile.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await phone.close();
});

test("[MANAGER] reads the years, the genders and the judges' coverage, and downloads a table as on screen", async ({ page }) => {
  await createReportCourt(YEAR, ["YES", "NO"]);
  await signIn(page, "manager@example.org");
  await page.goto(`/dashboard?from=${YEAR}-01-01&to=${YEAR}-12-31`);
  // Figures of the period and figures as they stand now are told apart.
  await expect(page.getByTestId("glance-period-row").getByRole("heading", { name: `In ${YEAR}` })).toBeVisible();
  await expect(page.getByTestId("glance-now-row").getByRole("heading", { name: /^Now, as of / })).toBeVisible();

  await expect(page.getByRole("heading", { level: 2, name: "Over the years" })).toBeVisible();
  await expect(page.getByTestId("years-table").locator(`tr[data-year="${YEAR}"]`)).toBeVisible();
  await expect(page.getByTestId("gender-table").locator('tbody[data-role="judgeGender"]')).toBeVisible();
  await expect(page.getByTestId("judges-table").locator('tr[data-region="PEJE"]')).toContainText(" of ");

  // The conduct table downloads with the rates, their n and intervals, and the change in words.
  const [file] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    page.getByTestId("download-conduct").getByRole("link", { name: "Conduct of hearings: CSV" }).click(),
  ]);
  const csv = readFileSync((await file.path())!, "utf8").replace(/^\uFEFF/, "").trimEnd().split("\r\n").map((line) => line.split(","));
  expect(csv[0]![0]).toBe("Indicator");
  expect(csv[0]).toContain("Change in words");
  expect(csv.slice(1).map((r) => r[0])).toContain("Adjourned");
});

test("[MONITOR] is refused the dashboard and its lists", async ({ page }) => {
  const monitor = await createUser("MONITOR");
  await signIn(page, monitor.email, "E2E-Password-42");
  for (const path of ["/dashboard", `/dashboard?from=${YEAR}-01-01&to=${YEAR}-12-31`, "/dashboard/pipeline?stage=submitted"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  const download = await page.request.get(`/api/exports/dashboard-table?table=conduct&from=${YEAR}-01-01&to=${YEAR}-12-31`);
  expect(download.status()).toBe(403);
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Dashboard" })).toHaveCount(0);
});
