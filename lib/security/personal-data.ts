import { isPersonalKey, withheldValue } from "@/lib/audit/redact";
import { maySeePersonalData } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/session-user";
import { freeTextCodes } from "@/lib/hearings/report-diff";
import { toPersonalInput } from "@/lib/hearings/report-values";
import type { HearingReportValues } from "@/lib/hearings/schema";

/**
 * The one filter of personal data by reader (the rule itself is maySeePersonalData in lib/auth/scope.ts).
 * Pages apply it to the report they show (reportValuesFor); the action and route wrappers apply it to
 * every value they send (discloseTo), results and error details alike, so that no action can forget it.
 */
type Questions = readonly { code: string; answerType: string }[];

/** A report as a reader without the right sees it: no names, no narrative, no free-text answers. */
export function withoutPersonalData(values: HearingReportValues, questions: Questions): HearingReportValues {
  const freeText = freeTextCodes([...questions]);
  return {
    facts: { ...values.facts, narrative: "" },
    personal: toPersonalInput(null),
    answers: Object.fromEntries(Object.entries(values.answers).filter(([code]) => !freeText.has(code))),
  };
}

/** A report's values as this reader may see them. */
export function reportValuesFor(user: SessionUser | null, report: { monitorId: number }, questions: Questions, values: HearingReportValues): HearingReportValues {
  return user && maySeePersonalData(user, report) ? values : withoutPersonalData(values, questions);
}

/**
 * A report's values on their way out of the server (a stale save's "version that won"), with what the
 * filter needs to know: whose report it is and which answers are free text. Not a plain object, so React
 * refuses to send it anywhere as it is: only discloseTo turns it into values.
 */
export class OutgoingReportValues {
  constructor(
    readonly values: HearingReportValues,
    readonly report: { monitorId: number },
    readonly questions: Questions,
  ) {}
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * What a value may show this reader: report values filtered as the page filters them; any other field
 * that carries personal data by name (names, narrative) withheld unless the reader may see everyone's.
 */
export function discloseTo(user: SessionUser | null, value: unknown): unknown {
  if (value instanceof OutgoingReportValues) return reportValuesFor(user, value.report, value.questions, value.values);
  if (Array.isArray(value)) return value.map((item) => discloseTo(user, item));
  if (value === null || typeof value !== "object" || !isPlainObject(value)) return value;
  const seesEveryone = user !== null && maySeePersonalData(user, { monitorId: -1 });
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, !seesEveryone && isPersonalKey(key) ? withheldValue(inner) : discloseTo(user, inner)]),
  );
}
