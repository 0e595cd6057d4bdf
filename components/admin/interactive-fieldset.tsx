"use client";

import { useHydrated } from "./use-hydrated";

/** Groups a form's controls, all disabled until the page is interactive (their state lives in React). */
export function InteractiveFieldset({ children, className }: { children: React.ReactNode; className?: string }) {
  const hydrated = useHydrated();
  return (
    <fieldset className={`bare-fieldset${className ? ` ${className}` : ""}`} disabled={!hydrated}>
      {children}
    </fieldset>
  );
}
