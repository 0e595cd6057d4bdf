import "server-only";
import { prisma } from "@/lib/db";
import { FINDING_HEARING_STATES } from "./finding-hearings";

const candidateSelect = {
  id: true, scheduledAt: true, reviewState: true, stage: true, status: true, caseId: true,
  case: { select: { caseNumber: true } },
  court: { select: { nameSq: true, nameSr: true } },
  standardResults: { where: { result: "NON_COMPLIANT" as const }, select: { standardId: true } },
} as const;

async function candidates(caseIds: number[], hearingIds: number[]) {
  const rows = await prisma.hearing.findMany({
    where: {
      OR: [
        { caseId: { in: caseIds }, reviewState: { in: [...FINDING_HEARING_STATES] } },
        { id: { in: hearingIds } },
      ],
    },
    orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
    take: 200,
    select: candidateSelect,
  });
  return rows.map(({ standardResults, ...hearing }) => ({ ...hearing, breachedStandardIds: standardResults.map((r) => r.standardId) }));
}

export type FindingCandidate = Awaited<ReturnType<typeof candidates>>[number];

export interface FindingFormContext {
  kase: { id: number; caseNumber: string; court: { nameSq: string; nameSr: string } } | null;
  candidates: FindingCandidate[];
  preselected: number[];
  /** Standards the starting hearing breached: offered first. */
  suggestedStandardIds: number[];
}

const caseSelect = { id: true, caseNumber: true, court: { select: { nameSq: true, nameSr: true } } } as const;

/**
 * What the "new finding" form offers: started from a report, that hearing (chosen) and its case's other
 * reviewed hearings; started from a case, the case's reviewed hearings. Null when the start does not exist.
 */
export async function findingFormContext(start: { hearing?: number; case?: number }): Promise<FindingFormContext | null> {
  if (start.hearing) {
    const hearing = await prisma.hearing.findUnique({ where: { id: start.hearing }, select: { id: true, case: { select: caseSelect } } });
    if (!hearing) return null;
    const list = await candidates([hearing.case.id], [hearing.id]);
    const own = list.find((c) => c.id === hearing.id);
    return { kase: hearing.case, candidates: list, preselected: [hearing.id], suggestedStandardIds: own?.breachedStandardIds ?? [] };
  }
  if (start.case) {
    const kase = await prisma.case.findUnique({ where: { id: start.case }, select: caseSelect });
    if (!kase) return null;
    return { kase, candidates: await candidates([kase.id], []), preselected: [], suggestedStandardIds: [] };
  }
  return null;
}

/** What the edit form offers: the hearings it rests on and, for a finding about a case, the case's other reviewed hearings. */
export async function findingEditCandidates(finding: { caseId: number | null; hearingIds: number[] }) {
  return candidates(finding.caseId ? [finding.caseId] : [], finding.hearingIds);
}
