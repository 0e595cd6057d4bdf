// Hearings and cases a spec makes for itself, straight in the database the app under test uses.
import { expect, type BrowserContext, type Locator, type Page } from "@playwright/test";
import type { CaseCategory, CaseSubject, HearingStage } from "../../../lib/generated/prisma/enums.ts";
import { fromCourtParts, toCourtParts } from "../../../lib/time/zone.ts";
import { createUser, db, uniqueSuffix } from "./db";
import { signIn } from "./sign-in";

export const E2E_PASSWORD = "E2E-Password-42";

/** Yesterday at 09:00, court time. */
export function yesterdayAtNine(): Date {
  const p = toCourtParts(new Date(Date.now() - 24 * 3600_000));
  return fromCourtParts({ ...p, hour: 9, minute: 0 });
}

/** A draft report on a new case in a court of the monitor's region, scheduled yesterday at nine. */
export async function createDraftHearing(monitorId: number, options: { court?: string; category?: CaseCategory; subject?: CaseSubject; stage?: HearingStage } = {}) {
  const court = await db.court.findUniqueOrThrow({ where: { code: options.court ?? "BC-PRISHTINE" } });
  const version = await db.checklistVersion.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: [{ publishedAt: "desc" }, { number: "desc" }] });
  const kase = await db.case.create({
    data: {
      courtId: court.id, caseNumber: `E2E ${uniqueSuffix()}/2026`, category: options.category ?? "CRIMINAL",
      subject: options.subject ?? "GENERAL_CRIME", department: "GENERAL",
    },
  });
  const hearing = await db.hearing.create({
    data: {
      caseId: kase.id, courtId: court.id, monitorId, checklistVersionId: version.id,
      scheduledAt: yesterdayAtNine(), stage: options.stage ?? "MAIN_TRIAL",
    },
  });
  return { hearingId: hearing.id, caseNumber: kase.caseNumber, caseId: kase.id };
}

export function answersOf(hearingId: number) {
  return db.answer.findMany({ where: { hearingId }, select: { questionCode: true, value: true } })
    .then((rows) => Object.fromEntries(rows.map((r) => [r.questionCode, r.value])));
}

/** Chooses a radio button by keyboard: focus it, press Space. */
export async function choose(group: Locator, label: string) {
  const radio = group.getByRole("radio", { name: label, exact: true });
  await radio.focus();
  await radio.press("Space");
  await expect(radio).toBeChecked();
}

/** The group (fieldset) of a fact or question, by its legend. */
export const group = (page: Page, legend: string) => page.getByRole("group", { name: legend, exact: true });

/** Waits until the report says every change reached the server. */
export async function expectSaved(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: "All changes saved" })).toBeVisible({ timeout: 15_000 });
}

/** Fills "Schedule a hearing" for a new case in Podujevë; returns its case number (not sent yet). */
export async function fillNewCaseSchedule(page: Page, subject: CaseSubject = "DOMESTIC_VIOLENCE") {
  await page.goto("/hearings/new");
  await page.getByLabel("Find a court").fill("Podujev");
  await expect(page.getByText("1 court matches")).toBeVisible();
  const number = `P. ${Date.now().toString(36)}/2026`;
  await page.getByLabel("Case number").fill(number);
  await page.getByLabel("Case category").selectOption("CRIMINAL");
  await page.getByLabel("Subject").selectOption(subject);
  return number;
}

/** A new monitor, signed in, on the report page of a draft of theirs. */
export async function openOwnDraft(page: Page, options?: Parameters<typeof createDraftHearing>[1]) {
  const monitor = await createUser("MONITOR");
  const draft = await createDraftHearing(monitor.id, options);
  await signIn(page, monitor.email, E2E_PASSWORD);
  await page.goto(`/hearings/${draft.hearingId}`);
  await expect(page.getByRole("heading", { level: 1, name: `Report: ${draft.caseNumber}` })).toBeVisible();
  return { monitor, ...draft };
}

/**
 * The same report open on a second page (a phone's width), then a change saved from the first: the second page
 * now holds a stale version, and its next save meets the conflict.
 */
export async function staleSecondPage(page: Page, context: BrowserContext, hearingId: number): Promise<Page> {
  const second = await context.newPage();
  await second.setViewportSize({ width: 375, height: 740 });
  await second.goto(`/hearings/${hearingId}`);
  await choose(group(page, "Was one-sided contact with the court, or outside interference, seen?"), "No");
  await expectSaved(page);
  return second;
}
