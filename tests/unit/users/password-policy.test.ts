import { describe, expect, it } from "vitest";
import { passwordIssue, passwordIssueMessage, PASSWORD_MIN_LENGTH } from "@/lib/users/password-policy";
import { changePasswordFormSchema } from "@/lib/users/schema";

describe("password policy", () => {
  const email = "arta.krasniqi@mission.example";

  it("accepts a long, uncommon password", () => {
    expect(passwordIssue("violet-kettle-Drenas-42", email)).toBeNull();
    expect(passwordIssue("x".repeat(5) + "Q7#pLm!wZ", email)).toBeNull();
  });

  it("refuses fewer than 12 characters, and accepts exactly 12", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(passwordIssue("Kx9#mQ2!vL4", email)).toBe("tooShort");
    expect(passwordIssue("Kx9#mQ2!vL4z", email)).toBeNull();
  });

  it("refuses the e-mail address or its name part, in any case", () => {
    expect(passwordIssue("arta.krasniqi@mission.example", email)).toBe("containsEmail");
    expect(passwordIssue("ARTA.KRASNIQI-2025!", email)).toBe("containsEmail");
    expect(passwordIssue("short-name-password-xq", "ab@x.example")).toBeNull();
  });

  it("refuses common passwords, also dressed up with digits and symbols", () => {
    for (const common of ["password1234", "Password-2024!", "qwertyuiop12", "TrialMonitor123", "123456789012", "987654321098", "aaaaaaaaaaaa", "abababababab", "1q2w3e4r5t6y"]) {
      expect(passwordIssue(common, email), common).toBe("tooCommon");
    }
  });

  it("names each issue with a translatable message key", () => {
    expect(passwordIssueMessage("tooShort")).toBe("validation.tooShort?minimum=12");
    expect(passwordIssueMessage("tooCommon")).toBe("validation.passwordTooCommon");
  });

  it("the form's schema applies the policy and the confirmation", () => {
    const schema = changePasswordFormSchema(email);
    const weak = schema.safeParse({ currentPassword: "x", newPassword: "password1234", confirmPassword: "password1234" });
    expect(weak.success).toBe(false);
    expect(weak.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["newPassword", "validation.passwordTooCommon"]]);
    const differ = schema.safeParse({ currentPassword: "x", newPassword: "violet-kettle-Drenas-42", confirmPassword: "violet-kettle-Drenas-43" });
    expect(differ.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["confirmPassword", "validation.passwordsDiffer"]]);
    expect(schema.safeParse({ currentPassword: "x", newPassword: "violet-kettle-Drenas-42", confirmPassword: "violet-kettle-Drenas-42" }).success).toBe(true);
  });
});
