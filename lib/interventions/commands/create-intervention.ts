import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { getSettings } from "@/lib/settings/queries";
import { assertInterventionReferences, interventionColumns, interventionSnapshot } from "../intervention-record";
import type { CreateInterventionInput } from "../schema";

/** Records an intervention addressed to an institution, responding to findings, audited. */
export async function createIntervention(input: CreateInterventionInput, user: SessionUser): Promise<{ interventionId: number }> {
  const { interventionReplyDays } = await getSettings();
  return prisma.$transaction(async (tx) => {
    await assertInterventionReferences(tx, input);
    const intervention = await tx.intervention.create({
      data: {
        ...interventionColumns(input, interventionReplyDays),
        createdById: user.id,
        findings: { create: input.findingIds.map((findingId) => ({ findingId })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id, action: "intervention.create", entityType: "Intervention", entityId: intervention.id,
      before: null, after: await interventionSnapshot(tx, intervention.id),
    });
    return { interventionId: intervention.id };
  });
}
