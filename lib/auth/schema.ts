import { z } from "@/lib/validation/zod";

export const signInSchema = z.object({
  email: z.string().trim().min(1, "validation.required").max(254, "validation.tooLong").pipe(z.email("validation.invalidEmail")),
  password: z.string().min(1, "validation.required").max(200, "validation.tooLong"),
});
export type SignInInput = z.infer<typeof signInSchema>;
