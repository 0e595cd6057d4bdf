"use server";

import { defineAction } from "@/lib/actions/define-action";
import { fieldKitForMonitor } from "./field-kit-queries";
import { fieldKitInputSchema } from "./field-kit-schema";
import { saveHearingDraft } from "./save-hearing-draft";
import { scheduleHearing } from "./schedule-hearing";
import { scheduleHearingSchema } from "./schedule-schema";
import { MAX_REPORT_CHARS, saveHearingDraftSchema, submitHearingReportSchema } from "./schema";
import { submitHearingReport } from "./submit-hearing-report";

/** Creates the draft report for a hearing (idempotent by the browser's key). */
export const scheduleHearingAction = defineAction({
  name: "hearings.schedule",
  input: scheduleHearingSchema,
  roles: ["MONITOR"],
  maxInputChars: 2_000,
  run: (input, { user }) => scheduleHearing(input, user),
});

/** The background save of a draft: optimistic lock on the version, idempotent by key. */
export const saveHearingDraftAction = defineAction({
  name: "hearings.saveDraft",
  input: saveHearingDraftSchema,
  roles: ["MONITOR"],
  maxInputChars: MAX_REPORT_CHARS,
  run: (input, { user }) => saveHearingDraft(input, user),
});

/** Saves and submits the report for review in one transaction. */
export const submitHearingReportAction = defineAction({
  name: "hearings.submit",
  input: submitHearingReportSchema,
  roles: ["MONITOR"],
  maxInputChars: MAX_REPORT_CHARS,
  run: (input, { user }) => submitHearingReport(input, user),
});

/** "Ready for court": the monitor's editable reports to keep on the device, and which device copies are closed. */
export const fieldKitAction = defineAction({
  name: "hearings.fieldKit",
  input: fieldKitInputSchema,
  roles: ["MONITOR"],
  maxInputChars: 10_000,
  run: (input, { user }) => fieldKitForMonitor(user, input.known),
});
