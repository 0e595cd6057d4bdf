import { z } from "@/lib/validation/zod";

export const PAGE_SIZES = [25, 50, 100] as const;

/** ?page=&size= of list pages; out-of-range values fall back to the first page of 25. */
export const pageParamsSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  size: z.coerce.number().int().refine((n) => (PAGE_SIZES as readonly number[]).includes(n)).catch(25),
});
export type PageParams = z.infer<typeof pageParamsSchema>;

export function pageWindow({ page, size }: PageParams) {
  return { skip: (page - 1) * size, take: size };
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}
