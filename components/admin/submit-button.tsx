"use client";

import { useHydrated } from "./use-hydrated";

/** A form's submit button: disabled until the page is interactive and while the form is being sent. */
export function SubmitButton({ pending, className = "button", children }: { pending: boolean; className?: string; children: React.ReactNode }) {
  const hydrated = useHydrated();
  return (
    <button type="submit" className={className} disabled={!hydrated || pending}>
      {children}
    </button>
  );
}
