"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Older than this, a page was answered from the device rather than rendered for this visit. */
const FRESH_MS = 20_000;

/**
 * A report page opens from the device at once (the service worker keeps it): once it runs, and if there is a
 * connection, it asks the server for the current version. The form is keyed by version, so it starts over only
 * when the server holds a newer one; changes kept on the device are then offered against it as usual.
 */
export function ReportFreshness({ renderedAt }: { renderedAt: string }) {
  const router = useRouter();
  useEffect(() => {
    if (navigator.onLine && Date.now() - new Date(renderedAt).getTime() > FRESH_MS) router.refresh();
  }, [renderedAt, router]);
  return null;
}
