import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { findingSnapshot, staleFinding } from "../audit-snapshot";
import { resolveFindingTargets } from "../finding-hearings";
import type { UpdateFindingInput } from "../schema";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Changes what a finding says (standard, severity, text, hearings) at the version the analyst read, audited
 * with before and after. A save that changes nothing writes nothing.
 */
export async function updateFinding(input: UpdateFindingInput, user: SessionUser): Promise<{ findingId: number; version: number; changed: boolean }> {
  return prisma.$transaction(async (tx) => {
    const before = await findingSnapshot(tx, input.findingId);
    if (before.version !== input.baseVersion) throw staleFinding(before);
    const { caseId } = await resolveFindingTargets(tx, input.standardId, input.hearingIds);
    const hearingIds = [...input.hearingIds].sort((a, b) => a - b);
    const fields = { standardId: input.standardId, severity: input.severity, title: input.title, description: input.description, caseId };
    const unchanged = same(hearingIds, before.hearingIds) && Object.entries(fields).every(([key, value]) => same(value, before[key as keyof typeof before]));
    if (unchanged) return { findingId: before.id, version: before.version, changed: false };

    const updated = await tx.finding.updateMany({ where: { id: before.id, version: before.version }, data: { ...fields, version: { increment: 1 } } });
    if (updated.count !== 1) throw staleFinding(await findingSnapshot(tx, before.id));
    await tx.findingHearing.deleteMany({ where: { findingId: before.id, hearingId: { notIn: hearingIds } } });
    await tx.findingHearing.createMany({ data: hearingIds.map((hearingId) => ({ findingId: before.id, hearingId })), skipDuplicates: true });
    const after = await findingSnapshot(tx, before.id);
    await recordAudit(tx, { actorId: user.id, action: "finding.update", entityType: "Finding", entityId: before.id, before, after });
    return { findingId: before.id, version: after.version, changed: true };
  });
}
