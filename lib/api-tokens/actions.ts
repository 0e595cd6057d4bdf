"use server";

import { defineAction } from "@/lib/actions/define-action";
import { issueApiToken, revokeApiToken } from "./commands";
import { issueTokenSchema, tokenIdSchema } from "./schema";

export const issueToken = defineAction({
  name: "apiTokens.issue", input: issueTokenSchema, roles: ["ADMIN"], maxInputChars: 1_000,
  run: (input, { user }) => issueApiToken(input, user),
});

export const revokeToken = defineAction({
  name: "apiTokens.revoke", input: tokenIdSchema, roles: ["ADMIN"], maxInputChars: 200,
  run: ({ tokenId }, { user }) => revokeApiToken(tokenId, user),
});
