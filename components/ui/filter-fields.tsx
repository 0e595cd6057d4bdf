import Link from "next/link";

/**
 * The pieces every list filter form shares (GET forms, so a filtered list is a URL): a period as two date
 * inputs, and the apply and reset buttons. Labels come translated from the caller's namespace.
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
      <div className="field">
        <label htmlFor={`${idPrefix}-from`}>{labels.from}</label>
        <input id={`${idPrefix}-from`} name="from" type="date" defaultValue={from ?? ""} required={required} aria-describedby={describedBy} />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-to`}>{labels.to}</label>
        <input id={`${idPrefix}-to`} name="to" type="date" defaultValue={to ?? ""} required={required} aria-describedby={describedBy} />
      </div>
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
