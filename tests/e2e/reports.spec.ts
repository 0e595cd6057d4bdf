import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { createUser, db } from "./support/db";
import { createReportCourt } from "./support/report-data";
import { signIn } from "./support/sign-in";

test.afterAll(() => db.$disconnect());

const YEAR = new Date().getUTCFullYear() - 1;
const PUBLIC_HEARING = "1. Public hearing and public pronouncement";

function parseCsv(text: string): string[][] {
  return text.replace(/^\uFEFF/, "").trimEnd().split("\r\n").map((line) => line.split(","));
}

async function download(page: Page, link: ReturnType<Page["getByRole"]>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return readFileSync((await file.path())!);
}

test("[ANALYST] builds a report for one court and one year, follows a number to its hearings, and downloads tables that match the screen", async ({ page }) => {
  const court = await createReportCourt(YEAR, ["YES", "NO", "YES", "NO", "NO", "YES", "YES"]);
  await signIn(page, "analyst@example.org");
  await page.goto("/reports");
  await expect(page.getByRole("heading", { level: 1, name: "Compliance reports" })).toBeVisible();

  await page.getByLabel("From", { exact: true }).fill(`${YEAR}-01-01`);
  await page.getByLabel("To", { exact: true }).fill(`${YEAR}-12-31`);
  await page.getByText("Courts and regions").click();
  await page.getByLabel(court.name, { exact: true }).check();
  await page.getByRole("button", { name: "Build report" }).click();
  await expect(page).toHaveURL(new RegExp(`court=${court.code}`));

  const standards = page.locator("#table-standards");
  const row = standards.getByRole("row", { name: new RegExp(`^${PUBLIC_HEARING}`) });
  const applicable = row.getByRole("link").nth(0);
  const nonCompliant = row.getByRole("link").nth(1);
  await expect(applicable).toHaveText(String(court.approved));
  await expect(nonCompliant).toHaveText(String(court.publicNonCompliant));
  await expect(row).toContainText("‡");
  const hearingsMonitored = page.locator("#table-hearing-indicators").getByRole("row", { name: /^Hearings monitored/ }).getByRole("link");
  await expect(hearingsMonitored).toHaveText(String(court.approved));

  // The number leads to exactly the hearings it counts.
  await nonCompliant.click();
  await expect(page.getByRole("heading", { level: 1, name: "Hearings behind a figure" })).toBeVisible();
  await expect(page.getByTestId("drilldown-count")).toHaveText(`${court.publicNonCompliant} hearings`);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(1 + court.publicNonCompliant);
  await expect(page.getByText(`${PUBLIC_HEARING}: non-compliant hearings`)).toBeVisible();
  await page.getByRole("link", { name: "Back to the report" }).click();

  // The standards table downloads with the rows of the screen, as CSV and as Excel.
  const section = page.getByRole("region", { name: "Compliance by fair-trial standard" });
  const csv = parseCsv((await download(page, section.getByRole("link", { name: "Compliance by fair-trial standard as CSV" }))).toString("utf8"));
  expect(csv[0]!.slice(0, 3)).toEqual(["Standard", "Hearings answered yes or no", "Non-compliant"]);
  expect(csv).toHaveLength(16);
  expect(csv[1]!.slice(0, 3)).toEqual([PUBLIC_HEARING, String(court.approved), String(court.publicNonCompliant)]);
  const screenRows = await standards.locator("tbody tr").evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("th, td")].slice(0, 4).map((c) => c.textContent?.trim())));
  expect(csv.slice(1).map((r) => r.slice(0, 4))).toEqual(screenRows);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await download(page, section.getByRole("link", { name: "Compliance by fair-trial standard as Excel" }))) as never);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.actualRowCount).toBe(16);
  expect((sheet.getRow(2).values as unknown[]).slice(1, 4)).toEqual([PUBLIC_HEARING, court.approved, court.publicNonCompliant]);

  // The hearing data set holds one row per counted hearing.
  const dataset = parseCsv((await download(page, page.getByRole("link", { name: "Hearing data set · CSV" }))).toString("utf8"));
  expect(dataset).toHaveLength(1 + court.approved);
  expect(dataset[0]).toContain("PUB_LISTED");
  expect(dataset.slice(1).every((r) => r[1] === court.code)).toBe(true);
});

test("[ANALYST] breaks every standard down by a hearing attribute (defence counsel) and downloads that table", async ({ page }) => {
  // The court's approved hearings all had retained counsel (support/report-data.ts).
  const court = await createReportCourt(YEAR, ["YES", "NO", "NO"]);
  await signIn(page, "analyst@example.org");
  await page.goto(`/reports?from=${YEAR}-01-01&to=${YEAR}-12-31&court=${court.code}`);
  await page.getByLabel("Break down by hearing attribute").selectOption({ label: "Defence counsel" });
  await page.getByRole("button", { name: "Build report" }).click();
  await expect(page).toHaveURL(/attribute=counsel/);
  const section = page.getByRole("region", { name: "Compliance by Defence counsel" });
  const row = section.locator("#table-attribute").getByRole("row", { name: new RegExp(`^${PUBLIC_HEARING} Retained`) });
  await expect(row.locator("td").nth(1)).toHaveText(String(court.approved));
  await expect(row.locator("td").nth(2)).toHaveText(String(court.approved));
  await expect(row.locator("td").nth(3)).toHaveText(String(court.publicNonCompliant));
  const csv = parseCsv((await download(page, section.getByRole("link", { name: "Compliance by Defence counsel as CSV" }))).toString("utf8"));
  expect(csv[0]!.slice(0, 5)).toEqual(["Standard", "Defence counsel", "Hearings monitored", "Hearings answered yes or no", "Non-compliant"]);
  expect(csv[1]!.slice(0, 5)).toEqual([PUBLIC_HEARING, "Retained", String(court.approved), String(court.approved), String(court.publicNonCompliant)]);
});

test("[ANALYST] the print layout holds the whole report and its filter", async ({ page }) => {
  const court = await createReportCourt(YEAR, ["NO", "YES"]);
  await signIn(page, "analyst@example.org");
  await page.goto(`/reports/print?from=${YEAR}-01-01&to=${YEAR}-12-31&court=${court.code}`);
  await expect(page.getByRole("heading", { level: 1, name: "Fair-trial compliance report" })).toBeVisible();
  await expect(page.getByText(court.name)).toBeVisible();
  for (const heading of ["Compliance by fair-trial standard", "Hearing-level indicators", "Case-level indicators", "Compliance by checklist question"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
});

test("[ANALYST] the report builder works on a 375 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, "analyst@example.org");
  await page.goto(`/reports?from=${YEAR}-01-01&to=${YEAR}-12-31`);
  await expect(page.getByRole("heading", { level: 1, name: "Compliance reports" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("[MONITOR] is refused the report pages and the API", async ({ page }) => {
  const monitor = await createUser("MONITOR");
  await signIn(page, monitor.email, "E2E-Password-42");
  for (const path of ["/reports", `/reports/hearings?from=${YEAR}-01-01&to=${YEAR}-12-31&measure=hearings`, "/reports/print"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Reports" })).toHaveCount(0);
  for (const path of [
    `/api/reports/compliance?from=${YEAR}-01-01&to=${YEAR}-12-31`,
    `/api/exports/hearings?from=${YEAR}-01-01&to=${YEAR}-12-31&format=csv`,
    `/api/exports/report-table?from=${YEAR}-01-01&to=${YEAR}-12-31&table=standards`,
  ]) {
    expect((await page.request.get(path)).status(), path).toBe(403);
  }
});
