"use server";

import { defineAction } from "@/lib/actions/define-action";
import { searchCasesInCourt } from "./queries";
import { caseSearchSchema } from "./schema";

/** Case numbers matching what the monitor types, in the chosen court. */
export const searchCasesAction = defineAction({
  name: "cases.search",
  input: caseSearchSchema,
  roles: ["MONITOR"],
  maxInputChars: 500,
  run: (input, { user }) => searchCasesInCourt(input, user),
});
