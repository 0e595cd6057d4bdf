/** Moves focus to a field by id (the checked or first input of a group), scrolled into view. */
export function focusField(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  const target = element instanceof HTMLFieldSetElement
    ? (element.querySelector<HTMLInputElement>("input:checked") ?? element.querySelector<HTMLElement>("input, select, textarea") ?? element)
    : element;
  target.scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
}
