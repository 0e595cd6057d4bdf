import { z } from "./zod";

/** A database id as forms and URLs send it (a string or a number). */
export const recordId = z.coerce.number().int().positive().max(2_147_483_647);

/** A <select> sends "" for "none": that is null, not 0. */
export const optionalRecordId = z.preprocess((value) => (value === "" || value === undefined ? null : value), recordId.nullable());
