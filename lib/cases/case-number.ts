/**
 * Case numbers as courts write them ("P. 123/2025", "PKR. 45/24", "IV.EK.C. 7/2023"): letters, digits,
 * spaces and . / - only. Compared after trimming and collapsing spaces, so the same case is found whoever
 * types it.
 */
export const CASE_NUMBER_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ./-]*$/u;
export const CASE_NUMBER_MAX = 60;

export function normalizeCaseNumber(value: string): string {
  return value.trim().replace(/\s+/g, " ");
}
