// The hearings the report tests count by hand. Answers cover three standards only (1 public hearing,
// 7 legal assistance, 9 interpretation); every other standard is not applicable everywhere.
//
// Counted in 2025 (approved, court time): H1–H11. Not counted: N1 submitted, N2 returned, N3 draft,
// N4 on 31 Dec 2024 at 23:30 and N5 on 1 Jan 2026 at 00:30 court time (23:30 UTC on 31 Dec 2025).
import type { CaseSpec, HearingSpec } from "./report-fixture";

export const CASES: Record<string, CaseSpec> = {
  A: { court: "BC-PEJE", category: "CRIMINAL", subject: "DOMESTIC_VIOLENCE", verdictAt: "2025-06-20" },
  B: { court: "BC-PEJE", category: "CIVIL", subject: "PROPERTY" },
  C: { court: "BC-PRIZREN", category: "CRIMINAL", subject: "CORRUPTION", verdictAt: "2025-09-15" },
  D: { court: "BR-ISTOG", category: "CRIMINAL", subject: "GENERAL_CRIME" },
  E: { court: "BC-PRIZREN", category: "CRIMINAL", subject: "GENERAL_CRIME" },
};

export const HEARINGS: HearingSpec[] = [
  { name: "H1", case: "A", day: "2025-01-10", delay: 0, defenceCounsel: "NONE",
    answers: { PUB_LISTED: "YES", PUB_ADMITTED: "YES", LA_MANDATORY_REPRESENTED: "NA", LA_RIGHT_EXPLAINED: "NO" } },
  { name: "H2", case: "A", day: "2025-02-14", status: "ADJOURNED", reasons: ["DEFENDANT_ABSENT", "WITNESS_ABSENT"], delay: 20,
    announced: false, defenceCounsel: "NONE", answers: { PUB_LISTED: "NO", PUB_ADMITTED: "YES", LA_RIGHT_EXPLAINED: "YES" } },
  { name: "H3", case: "A", day: "2025-06-20", delay: 45, publicAdmitted: false, closedToPublic: true, interpretationNeeded: true,
    interpretationProvided: true, defenceCounsel: "NONE", verdictPronounced: true,
    answers: { PUB_LISTED: "YES", PUB_CLOSURE_GROUND: "NO", PUB_PRONOUNCED: "YES", LANG_INTERPRETER_PRESENT: "YES", LANG_CONTINUOUS: "NO", LANG_CHARGED: "NO", LA_RIGHT_EXPLAINED: "UNCLEAR" } },
  { name: "H4", case: "B", day: "2025-03-05", delay: 5, publicAdmitted: false, answers: { PUB_LISTED: "YES", PUB_ADMITTED: "NO" } },
  { name: "H5", case: "B", day: "2025-03-20", status: "CANCELLED", announced: false, defenceCounsel: null, answers: { PUB_LISTED: "NO" } },
  { name: "H6", case: "C", day: "2025-04-02", delay: 16, interpretationNeeded: true, interpretationProvided: false, defenceCounsel: "EX_OFFICIO",
    answers: { PUB_LISTED: "YES", PUB_ADMITTED: "YES", LANG_INTERPRETER_PRESENT: "NO", LANG_CONTINUOUS: "NO", LANG_CHARGED: "NO", LA_MANDATORY_REPRESENTED: "YES" } },
  { name: "H7", case: "C", day: "2025-09-15", delay: 15, defenceCounsel: "EX_OFFICIO", verdictPronounced: true,
    answers: { PUB_LISTED: "YES", PUB_ADMITTED: "YES", PUB_PRONOUNCED: "NO", LA_MANDATORY_REPRESENTED: "YES" } },
  { name: "H8", case: "D", day: "2025-01-31", status: "ADJOURNED", reasons: ["WITNESS_ABSENT"], delay: 30, defenceCounsel: "NONE",
    answers: { PUB_LISTED: "YES", PUB_ADMITTED: "YES", LA_MANDATORY_REPRESENTED: "NO", LA_RIGHT_EXPLAINED: "NO" } },
  { name: "H9", case: "D", day: "2025-12-31", time: "23:30", delay: 0, announced: false, defenceCounsel: "NONE",
    answers: { PUB_LISTED: "NO", PUB_ADMITTED: "YES", LA_RIGHT_EXPLAINED: "YES" } },
  { name: "H10", case: "E", day: "2025-05-12", version: 2, delay: 10,
    answers: { PUB_LISTED: "YES", PUB_ADMITTED: "YES", PUB_MEDIA_ADMITTED: "YES", LA_MANDATORY_REPRESENTED: "NA" },
    strayAnswers: { version: 1, answers: { PUB_LISTED: "NO" } } },
  { name: "H11", case: "E", day: "2025-07-01", version: 2, delay: 60, announced: false, recordingRequired: true, audioVideoRecorded: false,
    answers: { PUB_LISTED: "NO", PUB_ADMITTED: "YES", PUB_MEDIA_ADMITTED: "YES" } },

  { name: "N1", case: "A", day: "2025-05-05", state: "SUBMITTED", defenceCounsel: "NONE", answers: { PUB_LISTED: "NO", PUB_ADMITTED: "NO" } },
  { name: "N2", case: "B", day: "2025-05-06", state: "RETURNED", answers: { PUB_LISTED: "NO" } },
  { name: "N3", case: "C", day: "2025-05-07", state: "DRAFT", answers: { PUB_LISTED: "NO" } },
  { name: "N4", case: "D", day: "2024-12-31", time: "23:30", delay: 90, answers: { PUB_LISTED: "NO" } },
  { name: "N5", case: "D", day: "2026-01-01", time: "00:30", delay: 90, answers: { PUB_LISTED: "NO" } },
];

export const YEAR_2025 = { from: "2025-01-01", to: "2025-12-31" };
