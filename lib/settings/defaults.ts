/** Settings an admin can change, with the values a new installation starts from. */
export const SETTING_DEFAULTS = {
  /** Hearings the mission aims to monitor in a calendar year. */
  annualHearingTarget: 2000,
  /** Rates whose denominator is below this are flagged and left out of rankings. */
  minimumN: 10,
  /** A hearing starting more than this many minutes after its scheduled time started late. */
  lateStartMinutes: 15,
  /** Days an institution has to reply to an intervention, unless the intervention says otherwise. */
  interventionReplyDays: 30,
} as const;

export type SettingKey = keyof typeof SETTING_DEFAULTS;
export type Settings = { [K in SettingKey]: number };

/** Set by the demo seed: the login page lists the demo accounts while it is true. */
export const DEMO_DATA_SETTING = "demoData";
