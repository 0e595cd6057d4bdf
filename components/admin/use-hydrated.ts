"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * False in the server's HTML, true once React runs in the browser. Controls stay disabled until then, so
 * that a click or a choice made before the page is interactive is not lost (or sent as a plain GET).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(never, () => true, () => false);
}
