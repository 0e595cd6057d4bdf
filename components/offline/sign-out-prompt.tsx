"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { clearDevice, deviceContents, type DeviceContents } from "@/lib/offline/device-contents";

/**
 * Signing out of a device that holds changes not yet on the server: names them, and lets the monitor stay (to
 * let them save), keep them on the device for their next sign-in, or clear the device. Pages kept for the
 * courtroom are cleared at any sign-out (lib/offline/worker/service-worker.ts). With nothing unsent, signs out
 * at once. Only this user's changes are named or cleared: another monitor's, kept for their next sign-in, stay.
 * `before` runs first (e.g. ending every session on the server) and may cancel by returning false.
 */
export function useSignOutPrompt(userId: number, before?: () => Promise<boolean>) {
  const t = useTranslations("offline.signOut");
  const dialog = useRef<HTMLDialogElement>(null);
  const [contents, setContents] = useState<DeviceContents | null>(null);

  async function finish(clear: boolean) {
    dialog.current?.close();
    if (before && !(await before())) return;
    if (clear) await clearDevice(userId);
    await signOut({ callbackUrl: "/login" });
  }

  async function request() {
    const found = await deviceContents(userId);
    // Kept pages go at sign-out anyway (the service worker clears them): only unsent changes need a choice.
    if (!found.unsent.length) return finish(false);
    setContents(found);
    dialog.current?.showModal();
  }

  const prompt = (
    <dialog ref={dialog} className="sign-out-prompt card" aria-labelledby="sign-out-prompt-title">
      <h2 id="sign-out-prompt-title">{t("title")}</h2>
      {contents?.unsent.length ? (
        <p className="alert alert-warning" role="alert">{t("unsent", { count: contents.unsent.length, cases: contents.unsent.join(", ") })}</p>
      ) : null}
      <p>{t("keptHere")}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void finish(true)}>{t("clearAndSignOut")}</button>
        <button type="button" className="button button-secondary" onClick={() => void finish(false)}>{t("keepAndSignOut")}</button>
        <button type="button" className="button-link" onClick={() => dialog.current?.close()}>{t("stay")}</button>
      </div>
    </dialog>
  );
  return { request, prompt };
}
