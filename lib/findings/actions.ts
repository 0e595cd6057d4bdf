"use server";

import { defineAction } from "@/lib/actions/define-action";
import { REVIEWERS } from "@/lib/auth/roles";
import { createFinding } from "./commands/create-finding";
import { setFindingStatus } from "./commands/set-finding-status";
import { updateFinding } from "./commands/update-finding";
import { createFindingSchema, setFindingStatusSchema, updateFindingSchema } from "./schema";

/** Records a finding (analysts and admins). */
export const createFindingAction = defineAction({
  name: "findings.create",
  input: createFindingSchema,
  roles: REVIEWERS,
  maxInputChars: 20_000,
  run: (input, { user }) => createFinding(input, user),
});

export const updateFindingAction = defineAction({
  name: "findings.update",
  input: updateFindingSchema,
  roles: REVIEWERS,
  maxInputChars: 20_000,
  run: (input, { user }) => updateFinding(input, user),
});

/** Closes or reopens a finding. */
export const setFindingStatusAction = defineAction({
  name: "findings.setStatus",
  input: setFindingStatusSchema,
  roles: REVIEWERS,
  maxInputChars: 200,
  run: (input, { user }) => setFindingStatus(input, user),
});
