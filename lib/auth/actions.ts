"use server";

import { defineAction } from "@/lib/actions/define-action";
import { z } from "@/lib/validation/zod";
import { ALL_ROLES } from "./roles";
import { endAllSessions } from "./user-sessions";

/** Ends every session of the caller's account, on every device; the browser then clears its own cookie. */
export const signOutEverywhere = defineAction({
  name: "auth.signOutEverywhere",
  input: z.strictObject({}),
  roles: ALL_ROLES,
  maxInputChars: 100,
  allowPendingPasswordChange: true,
  run: (_input, { user }) => endAllSessions(user.id),
});
