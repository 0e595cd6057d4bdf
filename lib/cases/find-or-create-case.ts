import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { CaseCategory, CaseSubject, Department } from "@/lib/generated/prisma/enums";

export interface CaseRequest {
  courtId: number;
  courtDepartments: Department[];
  caseNumber: string;
  category: CaseCategory | null;
  subject: CaseSubject | null;
}

/** The department a new case starts in: juvenile cases in the juvenile department where the court has one. */
function departmentFor(category: CaseCategory, departments: Department[]): Department {
  const preferred: Partial<Record<CaseCategory, Department>> = { JUVENILE: "JUVENILE", ADMINISTRATIVE: "ADMINISTRATIVE", COMMERCIAL: "COMMERCIAL" };
  const wanted = preferred[category];
  if (wanted && departments.includes(wanted)) return wanted;
  return departments.includes("GENERAL") ? "GENERAL" : (departments[0] ?? "GENERAL");
}

/**
 * The case with this number in this court, or a new one with the given category and subject (audited).
 * The court must already be one the user may use.
 */
export async function findOrCreateCase(tx: DbClient, request: CaseRequest, user: SessionUser) {
  const existing = await tx.case.findUnique({
    where: { courtId_caseNumber: { courtId: request.courtId, caseNumber: request.caseNumber } },
    select: { id: true, department: true, category: true, subject: true },
  });
  if (existing) return { ...existing, created: false };
  if (!request.category || !request.subject) {
    const fieldErrors: Record<string, string[]> = {};
    if (!request.category) fieldErrors.category = ["validation.required"];
    if (!request.subject) fieldErrors.subject = ["validation.required"];
    throw new AppError("VALIDATION", "A new case needs its category and subject", fieldErrors);
  }
  const created = await tx.case.create({
    data: {
      courtId: request.courtId, caseNumber: request.caseNumber, category: request.category, subject: request.subject,
      department: departmentFor(request.category, request.courtDepartments), createdById: user.id,
    },
    select: { id: true, department: true, category: true, subject: true, courtId: true, caseNumber: true },
  });
  await recordAudit(tx, { actorId: user.id, action: "case.create", entityType: "Case", entityId: created.id, after: created });
  return { ...created, created: true };
}
