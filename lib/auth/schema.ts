import { z } from "@/lib/validation/zod";
import { cleanString } from "@/lib/validation/clean-string";

export const signInSchema = z.object({
  email: cleanString().trim().min(1, "validation.required").max(254, "validation.tooLong").pipe(z.email("validation.invalidEmail")),
  password: cleanString().min(1, "validation.required").max(200, "validation.tooLong"),
});
export type SignInInput = z.infer<typeof signInSchema>;
