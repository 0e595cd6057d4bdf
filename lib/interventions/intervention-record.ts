import "server-only";
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { addDays } from "@/lib/time/calendar-days";
import { fromDbDate, toDbDate } from "./calendar-date";
import type { InterventionFormValues } from "./schema";

type InterventionColumns = ReturnType<typeof interventionColumns>;

/** What the audit log keeps of an intervention's fields: dates as calendar days, findings by id. */
export function fieldsSnapshot(columns: InterventionColumns, findingIds: number[]) {
  return {
    ...columns,
    sentAt: fromDbDate(columns.sentAt) || null,
    replyDueAt: fromDbDate(columns.replyDueAt) || null,
    repliedAt: fromDbDate(columns.repliedAt) || null,
    findingIds: [...findingIds].sort((a, b) => a - b),
  };
}

/** An intervention as the audit log keeps it, before and after each change. */
export async function interventionSnapshot(tx: DbClient, interventionId: number) {
  const row = await tx.intervention.findUnique({
    where: { id: interventionId },
    select: {
      id: true, version: true, institution: true, addressee: true, courtId: true, type: true, title: true, description: true,
      sentAt: true, replyDueAt: true, repliedAt: true, reply: true, outcome: true,
      findings: { select: { findingId: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "Intervention not found");
  const { id, version, findings, ...columns } = row;
  return { id, version, ...fieldsSnapshot(columns, findings.map((f) => f.findingId)) };
}

export type InterventionSnapshot = Awaited<ReturnType<typeof interventionSnapshot>>;

export function staleIntervention(current: { version: number }): AppError {
  return new AppError("CONFLICT", "The intervention changed since it was opened", undefined, { reason: "stale", version: current.version });
}

/** The columns to write for a form's values; a reply with no due date is due the settings' days after sending. */
export function interventionColumns(values: InterventionFormValues, replyDays: number) {
  const replyDueAt = values.replyDueAt || (values.sentAt ? addDays(values.sentAt, replyDays) : "");
  return {
    institution: values.institution,
    addressee: values.addressee,
    courtId: values.courtId,
    type: values.type,
    title: values.title,
    description: values.description || null,
    sentAt: toDbDate(values.sentAt),
    replyDueAt: toDbDate(replyDueAt),
    repliedAt: toDbDate(values.repliedAt),
    reply: values.reply || null,
    outcome: values.outcome,
  };
}

/** The court and the findings an intervention names must exist. */
export async function assertInterventionReferences(tx: DbClient, values: Pick<InterventionFormValues, "courtId" | "findingIds">) {
  if (values.courtId !== null && !(await tx.court.count({ where: { id: values.courtId } }))) {
    throw new AppError("VALIDATION", "No such court", { courtId: ["validation.invalid"] });
  }
  if (values.findingIds.length && (await tx.finding.count({ where: { id: { in: values.findingIds } } })) !== values.findingIds.length) {
    throw new AppError("VALIDATION", "A finding does not exist", { findingIds: ["validation.invalid"] });
  }
}
