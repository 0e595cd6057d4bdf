"use server";

import { defineAction } from "@/lib/actions/define-action";
import { updateSettings } from "./commands";
import { settingsSchema } from "./schema";

export const saveSettings = defineAction({
  name: "settings.save", input: settingsSchema, roles: ["ADMIN"], maxInputChars: 1_000,
  run: (input, { user }) => updateSettings(input, user),
});
