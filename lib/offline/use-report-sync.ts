"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { saveHearingDraftAction } from "@/lib/hearings/actions";
import { markSaved, newClientKey, removeDraft, takeLastSaved, writeDraft } from "./draft-store";
import { claimDraft } from "./tab-identity";
import { ReportSync, type ServerReport, type SyncCallbacks } from "./report-sync";

/** The report's background sync, wired to the server action, the browser's storage and its connectivity. */
export function useReportSync(server: ServerReport, callbacks: SyncCallbacks) {
  const [sync] = useState(
    () =>
      new ReportSync(server, {
        save: saveHearingDraftAction,
        store: { claim: claimDraft, write: writeDraft, remove: removeDraft, markSaved, takeLastSaved },
        isOnline: () => navigator.onLine,
        newKey: newClientKey,
        setTimer: (run, ms) => setTimeout(run, ms),
        clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      }, callbacks),
  );
  // The engine lives as long as the page; it calls the latest callbacks the form gave it.
  useEffect(() => {
    sync.setCallbacks(callbacks);
  });
  const state = useSyncExternalStore(sync.subscribe, sync.getState, sync.getState);
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);

  useEffect(() => {
    void sync.start();
    const goOnline = () => sync.online();
    const goOffline = () => sync.offline();
    window.addEventListener("online", goOnline);
    window.addEventListener("offline", goOffline);
    return () => {
      window.removeEventListener("online", goOnline);
      window.removeEventListener("offline", goOffline);
      sync.dispose();
    };
  }, [sync]);

  return { sync, state, online };
}

function subscribeOnline(listener: () => void) {
  window.addEventListener("online", listener);
  window.addEventListener("offline", listener);
  return () => {
    window.removeEventListener("online", listener);
    window.removeEventListener("offline", listener);
  };
}
