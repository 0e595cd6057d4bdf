"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createDraftVersion } from "./commands/create-draft";
import { discardDraft as discardDraftCommand, updateVersionNotes } from "./commands/draft-commands";
import { publishVersion as publishVersionCommand } from "./commands/publish-version";
import { addQuestion as addQuestionCommand, moveQuestion as moveQuestionCommand, removeQuestion as removeQuestionCommand, updateQuestion as updateQuestionCommand } from "./commands/question-commands";
import { addQuestionSchema, moveQuestionSchema, questionIdSchema, templateIdSchema, updateQuestionSchema, versionIdSchema, versionNotesSchema } from "./schema";

const ADMIN = ["ADMIN"] as const;
const SMALL = 1_000;
/** A question with its three texts, help texts, options and condition. */
const QUESTION = 40_000;

export const createDraft = defineAction({
  name: "checklists.createDraft", input: templateIdSchema, roles: ADMIN, maxInputChars: SMALL,
  run: ({ templateId }, { user }) => createDraftVersion(templateId, user),
});

export const saveVersionNotes = defineAction({
  name: "checklists.saveNotes", input: versionNotesSchema, roles: ADMIN, maxInputChars: 5_000,
  run: ({ versionId, notes }, { user }) => updateVersionNotes(versionId, notes, user),
});

export const addQuestion = defineAction({
  name: "checklists.addQuestion", input: addQuestionSchema, roles: ADMIN, maxInputChars: QUESTION,
  run: ({ versionId, question }, { user }) => addQuestionCommand(versionId, question, user),
});

export const updateQuestion = defineAction({
  name: "checklists.updateQuestion", input: updateQuestionSchema, roles: ADMIN, maxInputChars: QUESTION,
  run: ({ questionId, question }, { user }) => updateQuestionCommand(questionId, question, user),
});

export const removeQuestion = defineAction({
  name: "checklists.removeQuestion", input: questionIdSchema, roles: ADMIN, maxInputChars: SMALL,
  run: ({ questionId }, { user }) => removeQuestionCommand(questionId, user),
});

export const moveQuestion = defineAction({
  name: "checklists.moveQuestion", input: moveQuestionSchema, roles: ADMIN, maxInputChars: SMALL,
  run: ({ questionId, direction }, { user }) => moveQuestionCommand(questionId, direction, user),
});

export const publishVersion = defineAction({
  name: "checklists.publish", input: versionIdSchema, roles: ADMIN, maxInputChars: SMALL,
  run: ({ versionId }, { user }) => publishVersionCommand(versionId, user),
});

export const discardDraft = defineAction({
  name: "checklists.discardDraft", input: versionIdSchema, roles: ADMIN, maxInputChars: SMALL,
  run: ({ versionId }, { user }) => discardDraftCommand(versionId, user),
});
