import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { findingSnapshot } from "../audit-snapshot";
import { resolveFindingTargets } from "../finding-hearings";
import type { CreateFindingInput } from "../schema";

/** Records a finding on one or more reviewed hearings (of one case, or across cases), audited. */
export async function createFinding(input: CreateFindingInput, user: SessionUser): Promise<{ findingId: number }> {
  return prisma.$transaction(async (tx) => {
    const { caseId } = await resolveFindingTargets(tx, input.standardId, input.hearingIds);
    const finding = await tx.finding.create({
      data: {
        standardId: input.standardId, severity: input.severity, title: input.title, description: input.description, caseId,
        createdById: user.id,
        hearings: { create: input.hearingIds.map((hearingId) => ({ hearingId })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id, action: "finding.create", entityType: "Finding", entityId: finding.id,
      before: null, after: await findingSnapshot(tx, finding.id),
    });
    return { findingId: finding.id };
  });
}
