import { z } from "@/lib/validation/zod";

const whole = (min: number, max: number) => z.coerce.number().int("validation.notInteger").min(min).max(max);

/** The settings an admin changes, with bounds that keep the figures built on them meaningful. */
export const settingsSchema = z.strictObject({
  annualHearingTarget: whole(1, 100_000),
  minimumN: whole(1, 1_000),
  lateStartMinutes: whole(1, 240),
  interventionReplyDays: whole(1, 365),
});
export type SettingsInput = z.output<typeof settingsSchema>;
