import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * Puts the server's field errors (message keys) on the form's fields, so they show where the client's
 * would. `prefix` is the part of the action's input that wraps the form's values (e.g. "question.").
 */
export function applyFieldErrors<T extends FieldValues>(result: ActionResult<unknown>, setError: UseFormSetError<T>, prefix = "") {
  if (result.ok || !result.fieldErrors) return;
  for (const [path, messages] of Object.entries(result.fieldErrors)) {
    if (path === "_" || !messages[0] || !path.startsWith(prefix)) continue;
    setError(path.slice(prefix.length) as Path<T>, { type: "server", message: messages[0] });
  }
}
