import { recordId } from "@/lib/validation/record-id";
import { z } from "@/lib/validation/zod";
import { cleanString } from "@/lib/validation/clean-string";

export const issueTokenSchema = z.strictObject({
  userId: recordId,
  /** What the token is for, e.g. "R scripts on the analysts' laptop". */
  name: cleanString().trim().min(1).max(80),
});
export type IssueTokenInput = z.output<typeof issueTokenSchema>;

export const tokenIdSchema = z.strictObject({ tokenId: recordId });
