"use client";

import { useSignOutPrompt } from "@/components/offline/sign-out-prompt";

/** Signs out; on a device that keeps reports, first warns of unsent changes and offers to clear it. */
export function SignOutButton({ label }: { label: string }) {
  const { request, prompt } = useSignOutPrompt();
  return (
    <>
      <button type="button" className="button-link" onClick={() => void request()}>
        {label}
      </button>
      {prompt}
    </>
  );
}
