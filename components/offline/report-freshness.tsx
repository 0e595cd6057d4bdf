"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * A report page comes through the service worker, which answers from the device at once (see
 * lib/offline/worker/service-worker.ts): once it runs, and if there is a connection, the page asks the server for
 * the report as it is now. The form is keyed by version, so it starts over only when the server holds a newer
 * one; changes kept on the device are then offered against it as usual. A page no service worker answered came
 * from the server just now and needs nothing.
 */
export function ReportFreshness() {
  const router = useRouter();
  useEffect(() => {
    if (navigator.onLine && navigator.serviceWorker?.controller) router.refresh();
  }, [router]);
  return null;
}
