"use client";

import { useEffect, useRef } from "react";

/**
 * The report's state (submitted, approved): brought into view when it appears out of sight, as right after
 * submitting at the bottom of a long form on a phone, so that the monitor sees that it went through.
 */
export function StateNotice({ tone, children }: { tone: "info" | "success"; children: React.ReactNode }) {
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const element = notice.current;
    if (!element) return;
    const box = element.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      element.scrollIntoView({ block: "center" });
      element.focus({ preventScroll: true });
    }
  }, []);
  return <p ref={notice} tabIndex={-1} className={`alert alert-${tone}`}>{children}</p>;
}
