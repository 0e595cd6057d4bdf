"use server";

import { defineAction } from "@/lib/actions/define-action";
import { REVIEWERS } from "@/lib/auth/roles";
import { MAX_REPORT_CHARS } from "@/lib/hearings/schema";
import { approveReport } from "./approve-report";
import { correctReport } from "./correct-report";
import { returnReport } from "./return-report";
import { approveReportSchema, correctReportSchema, returnReportSchema } from "./schema";

/** Approves a submitted report (analysts and admins). */
export const approveReportAction = defineAction({
  name: "review.approve",
  input: approveReportSchema,
  roles: REVIEWERS,
  maxInputChars: 200,
  run: (input, { user }) => approveReport(input, user),
});

/** Returns a submitted report to its monitor with comments. */
export const returnReportAction = defineAction({
  name: "review.return",
  input: returnReportSchema,
  roles: REVIEWERS,
  maxInputChars: 300_000,
  run: (input, { user }) => returnReport(input, user),
});

/** Corrects an approved report, with a reason, as an audited revision. */
export const correctReportAction = defineAction({
  name: "review.correct",
  input: correctReportSchema,
  roles: REVIEWERS,
  maxInputChars: MAX_REPORT_CHARS + 10_000,
  run: (input, { user }) => correctReport(input, user),
});
