import Link from "next/link";
import { DayField } from "./day-field";

/**
 * The pieces every list filter form shares (GET forms, so a filtered list is a URL): a period as two date
 * inputs (each saying when the URL held a day that is not one), and the apply and reset buttons. Labels come translated from the caller's namespace.
 */
export function DateRangeFields({ idPrefix, from, to, labels, required, describedBy }: {
  idPrefix: string;
  from?: string | null;
  to?: string | null;
  labels: { from: string; to: string };
  required?: boolean;
  describedBy?: string;
}) {
  return (
    <>
      <DayField id={`${idPrefix}-from`} name="from" label={labels.from} value={from ?? ""} required={required} describedBy={describedBy} />
      <DayField id={`${idPrefix}-to`} name="to" label={labels.to} value={to ?? ""} required={required} describedBy={describedBy} />
    </>
  );
}

export function FilterActions({ resetHref, labels }: { resetHref: string; labels: { apply: string; reset: string } }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button">{labels.apply}</button>
      <Link className="button button-secondary" href={resetHref}>{labels.reset}</Link>
    </div>
  );
}
