"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createCourt as createCourtCommand } from "./commands/create-court";
import { mergeCourt as mergeCourtCommand } from "./commands/merge-court";
import { moveCourt as moveCourtCommand } from "./commands/move-court";
import { createRegion as createRegionCommand, renameRegion as renameRegionCommand } from "./commands/region-commands";
import { restoreCourt as restoreCourtCommand, retireCourt as retireCourtCommand } from "./commands/retire-court";
import { updateCourt as updateCourtCommand } from "./commands/update-court";
import { courtIdSchema, createCourtSchema, createRegionSchema, mergeCourtSchema, moveCourtSchema, renameRegionSchema, updateCourtSchema } from "./schema";

const ADMIN = ["ADMIN"] as const;
const SMALL = 2_000;

export const createCourt = defineAction({
  name: "courts.create", input: createCourtSchema, roles: ADMIN, maxInputChars: SMALL,
  run: (input, { user }) => createCourtCommand(input, user),
});

export const updateCourt = defineAction({
  name: "courts.update", input: updateCourtSchema, roles: ADMIN, maxInputChars: SMALL,
  run: (input, { user }) => updateCourtCommand(input, user),
});

export const moveCourt = defineAction({
  name: "courts.move", input: moveCourtSchema, roles: ADMIN, maxInputChars: SMALL,
  run: (input, { user }) => moveCourtCommand(input, user),
});

export const retireCourt = defineAction({
  name: "courts.retire", input: courtIdSchema, roles: ADMIN, maxInputChars: SMALL,
  run: ({ courtId }, { user }) => retireCourtCommand(courtId, user),
});

export const restoreCourt = defineAction({
  name: "courts.restore", input: courtIdSchema, roles: ADMIN, maxInputChars: SMALL,
  run: ({ courtId }, { user }) => restoreCourtCommand(courtId, user),
});

export const mergeCourt = defineAction({
  name: "courts.merge", input: mergeCourtSchema, roles: ADMIN, maxInputChars: SMALL,
  run: (input, { user }) => mergeCourtCommand(input, user),
});

export const createRegion = defineAction({
  name: "regions.create", input: createRegionSchema, roles: ADMIN, maxInputChars: SMALL,
  run: (input, { user }) => createRegionCommand(input, user),
});

export const renameRegion = defineAction({
  name: "regions.rename", input: renameRegionSchema, roles: ADMIN, maxInputChars: SMALL,
  run: (input, { user }) => renameRegionCommand(input, user),
});
