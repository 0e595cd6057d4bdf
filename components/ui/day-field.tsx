"use client";

import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";

/**
 * One day input of a list filter. A day in the URL that is not a real day ("2025-13-45") is left out of the
 * filter by the server (lib/validation/calendar-day.ts); this says so beside the field, so that nobody takes
 * the unfiltered list for a filtered one.
 */
export function DayField({ id, name, label, value, required, describedBy }: {
  id: string;
  name: "from" | "to";
  label: string;
  /** The day the server filters by; empty when none, or when the URL's value was not a day. */
  value: string;
  required?: boolean;
  describedBy?: string;
}) {
  const t = useTranslations("common");
  const sent = useSearchParams().get(name) ?? "";
  const dropped = sent !== "" && sent !== value ? sent : null;
  const errorId = `${id}-not-a-day`;
  const describedByIds = [describedBy, dropped ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type="date" defaultValue={value} required={required} aria-invalid={dropped ? true : undefined} aria-describedby={describedByIds} />
      {dropped && <span id={errorId} className="error" role="alert">{t("notADay", { value: dropped.slice(0, 40) })}</span>}
    </div>
  );
}
