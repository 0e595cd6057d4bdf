"use client";

import { useEffect, useRef, useState } from "react";

/**
 * The width of an element, followed as it changes: charts use it to give their labels a share of a
 * phone's width rather than a desktop's fixed pixels. `fallback` until the element is measured.
 */
export function useElementWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/** A chart's label column: `share` of its width, at most `max` pixels. */
export function labelColumnWidth(width: number, max: number, share = 0.4): number {
  return Math.round(Math.min(max, Math.max(80, width * share)));
}
