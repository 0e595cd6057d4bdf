"use client";

/** Opens the browser's print dialog, from which the report saves as PDF. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
