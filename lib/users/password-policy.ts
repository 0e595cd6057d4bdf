import { COMMON_PASSWORDS, COMMON_PASSWORD_WORDS } from "./common-passwords";

/**
 * The password policy, the same for an account made by an admin, a reset, a change and the command
 * line: long enough, not the e-mail address (nor its name part), not a common password.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordIssue = "tooShort" | "tooLong" | "containsEmail" | "tooCommon";

function lettersOnly(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}]/gu, "");
}

/** "345678901234", "987654321098": a run of consecutive digits, up or down. */
function isDigitRun(value: string): boolean {
  if (!/^\d+$/.test(value)) return false;
  const up = "0123456789".repeat(22);
  const down = "9876543210".repeat(22);
  return up.includes(value) || down.includes(value);
}

function isRepetition(value: string): boolean {
  return new Set(value.toLowerCase()).size <= 2;
}

export function passwordIssue(password: string, email: string | null | undefined): PasswordIssue | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (password.length > PASSWORD_MAX_LENGTH) return "tooLong";
  const lower = password.toLowerCase();
  const address = (email ?? "").trim().toLowerCase();
  const localPart = address.split("@")[0] ?? "";
  if (address && (lower.includes(address) || (localPart.length >= 4 && lower.includes(localPart)))) return "containsEmail";
  if (COMMON_PASSWORDS.has(lower) || isRepetition(password)) return "tooCommon";
  if (COMMON_PASSWORD_WORDS.has(lettersOnly(password)) || isDigitRun(lower)) return "tooCommon";
  return null;
}

/** The validation message key (see lib/validation/zod.ts) for an issue. */
export function passwordIssueMessage(issue: PasswordIssue): string {
  switch (issue) {
    case "tooShort":
      return `validation.tooShort?minimum=${PASSWORD_MIN_LENGTH}`;
    case "tooLong":
      return `validation.tooLong?maximum=${PASSWORD_MAX_LENGTH}`;
    case "containsEmail":
      return "validation.passwordContainsEmail";
    case "tooCommon":
      return "validation.passwordTooCommon";
  }
}
