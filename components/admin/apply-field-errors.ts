import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/action-result";

/** Puts the server's field errors (message keys) on the form's fields, so they show where the client's would. */
export function applyFieldErrors<T extends FieldValues>(result: ActionResult<unknown>, setError: UseFormSetError<T>) {
  if (result.ok || !result.fieldErrors) return;
  for (const [path, messages] of Object.entries(result.fieldErrors)) {
    if (path !== "_" && messages[0]) setError(path as Path<T>, { type: "server", message: messages[0] });
  }
}
