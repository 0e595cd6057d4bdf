// The field kit from a spec's side: upcoming hearings to take to court, and "ready for court" pressed.
import { expect, type Page } from "@playwright/test";
import { db } from "./db";
import { createDraftHearing } from "./hearings";

/** A draft report on a new case, scheduled `days` days from now (an upcoming hearing never opened). */
export async function createUpcomingHearing(monitorId: number, days = 2) {
  const draft = await createDraftHearing(monitorId);
  await db.hearing.update({ where: { id: draft.hearingId }, data: { scheduledAt: new Date(Date.now() + days * 24 * 3600_000) } });
  return draft;
}

/** Presses "Ready for court" on the monitor's hearings page and waits until the device holds `count` reports. */
export async function readyForCourt(page: Page, count: number) {
  await page.goto("/hearings");
  const panel = page.getByRole("region", { name: "Ready for court" });
  await panel.getByRole("button", { name: "Ready for court" }).click();
  await expect(panel.getByRole("status")).toContainText(`Ready for court: ${count} report${count === 1 ? "" : "s"} on this device`, { timeout: 60_000 });
}
