import { jsonRecordId } from "@/lib/validation/record-id";
import { z } from "@/lib/validation/zod";

/** The reports the device keeps copies of, so that the server can say which of them are closed. */
export const fieldKitInputSchema = z.object({ known: z.array(jsonRecordId).max(500) });
export type FieldKitInput = z.infer<typeof fieldKitInputSchema>;
