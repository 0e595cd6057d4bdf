"use server";

import { defineAction } from "@/lib/actions/define-action";
import { ALL_ROLES } from "@/lib/auth/roles";
import { requestClientAddress } from "@/lib/security/request-client-address";
import { changeOwnPassword } from "./commands/change-own-password";
import { createUserAccount } from "./commands/create-user";
import { resetUserPassword } from "./commands/reset-password";
import { setUserActive } from "./commands/set-user-active";
import { updateUserAccount } from "./commands/update-user";
import { changePasswordSchema, createUserSchema, updateUserSchema, userIdSchema } from "./schema";

const ADMIN = ["ADMIN"] as const;

export const createUser = defineAction({
  name: "users.create", input: createUserSchema, roles: ADMIN, maxInputChars: 2_000,
  run: (input, { user }) => createUserAccount(input, user),
});

export const updateUser = defineAction({
  name: "users.update", input: updateUserSchema, roles: ADMIN, maxInputChars: 2_000,
  run: (input, { user }) => updateUserAccount(input, user),
});

export const deactivateUser = defineAction({
  name: "users.deactivate", input: userIdSchema, roles: ADMIN, maxInputChars: 200,
  run: ({ userId }, { user }) => setUserActive(userId, false, user),
});

export const reactivateUser = defineAction({
  name: "users.reactivate", input: userIdSchema, roles: ADMIN, maxInputChars: 200,
  run: ({ userId }, { user }) => setUserActive(userId, true, user),
});

export const resetPassword = defineAction({
  name: "users.resetPassword", input: userIdSchema, roles: ADMIN, maxInputChars: 200,
  run: ({ userId }, { user }) => resetUserPassword(userId, user),
});

/** Every role changes its own password, also (above all) while a temporary one is pending. */
export const changePassword = defineAction({
  name: "users.changePassword", input: changePasswordSchema, roles: ALL_ROLES, maxInputChars: 2_000,
  allowPendingPasswordChange: true,
  run: async (input, { user }) => changeOwnPassword(input, user, await requestClientAddress()),
});
