"use server";

import { defineAction } from "@/lib/actions/define-action";
import { REVIEWERS } from "@/lib/auth/roles";
import { createIntervention } from "./commands/create-intervention";
import { recordReply } from "./commands/record-reply";
import { updateIntervention } from "./commands/update-intervention";
import { createInterventionSchema, recordReplySchema, updateInterventionSchema } from "./schema";

/** Records an intervention (analysts and admins). */
export const createInterventionAction = defineAction({
  name: "interventions.create",
  input: createInterventionSchema,
  roles: REVIEWERS,
  maxInputChars: 30_000,
  run: (input, { user }) => createIntervention(input, user),
});

export const updateInterventionAction = defineAction({
  name: "interventions.update",
  input: updateInterventionSchema,
  roles: REVIEWERS,
  maxInputChars: 30_000,
  run: (input, { user }) => updateIntervention(input, user),
});

/** Marks the reply received, with the outcome. */
export const recordReplyAction = defineAction({
  name: "interventions.reply",
  input: recordReplySchema,
  roles: REVIEWERS,
  maxInputChars: 12_000,
  run: (input, { user }) => recordReply(input, user),
});
