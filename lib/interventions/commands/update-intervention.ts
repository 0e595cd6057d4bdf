import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { getSettings } from "@/lib/settings/queries";
import { assertInterventionReferences, fieldsSnapshot, interventionColumns, interventionSnapshot, staleIntervention } from "../intervention-record";
import type { UpdateInterventionInput } from "../schema";

/** Changes an intervention at the version the analyst read, audited with before and after; no change writes nothing. */
export async function updateIntervention(input: UpdateInterventionInput, user: SessionUser): Promise<{ interventionId: number; version: number; changed: boolean }> {
  const { interventionReplyDays } = await getSettings();
  return prisma.$transaction(async (tx) => {
    const before = await interventionSnapshot(tx, input.interventionId);
    if (before.version !== input.baseVersion) throw staleIntervention(before);
    await assertInterventionReferences(tx, input);
    const columns = interventionColumns(input, interventionReplyDays);
    const { id, version, ...stored } = before;
    if (JSON.stringify(fieldsSnapshot(columns, input.findingIds)) === JSON.stringify(stored)) return { interventionId: id, version, changed: false };

    const updated = await tx.intervention.updateMany({ where: { id, version }, data: { ...columns, version: { increment: 1 } } });
    if (updated.count !== 1) throw staleIntervention(await interventionSnapshot(tx, id));
    await tx.interventionFinding.deleteMany({ where: { interventionId: id, findingId: { notIn: input.findingIds } } });
    await tx.interventionFinding.createMany({ data: input.findingIds.map((findingId) => ({ interventionId: id, findingId })), skipDuplicates: true });
    const after = await interventionSnapshot(tx, id);
    await recordAudit(tx, { actorId: user.id, action: "intervention.update", entityType: "Intervention", entityId: id, before, after });
    return { interventionId: id, version: after.version, changed: true };
  });
}
