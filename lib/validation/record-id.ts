import { z } from "./zod";

const MAX_ID = 2_147_483_647;

/** A database id as forms and URLs send it (a string or a number). */
export const recordId = z.coerce.number().int().positive().max(MAX_ID);

/** A database id in a JSON body: a number, no coercion (so that form types stay numbers). */
export const jsonRecordId = z.number().int().positive().max(MAX_ID);

/** A <select> sends "" for "none": that is null, not 0. */
export const optionalRecordId = z.preprocess((value) => (value === "" || value === undefined ? null : value), recordId.nullable());
