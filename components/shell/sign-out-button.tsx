"use client";

import { useSignOutPrompt } from "@/components/offline/sign-out-prompt";

/** Signs out; on a device that keeps reports, first warns of unsent changes and offers to clear it. */
export function SignOutButton({ label, userId }: { label: string; userId: number }) {
  const { request, prompt } = useSignOutPrompt(userId);
  return (
    <>
      <button type="button" className="button-link" onClick={() => void request()}>
        {label}
      </button>
      {prompt}
    </>
  );
}
