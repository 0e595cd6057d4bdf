import "server-only";
import { streamingPool } from "@/lib/db";
import type { Sql } from "../sql";

/**
 * Server-side cursors over several queries in one read-only, repeatable-read transaction: the row count
 * first, then rows fetched batch by batch as the consumer asks for them, so memory holds a batch whatever
 * the size of the result, every cursor sees the same snapshot, and the count is exactly what is streamed.
 * Rows come as arrays (column order of the query), which is what exports want and cheapest to parse.
 */
export interface Cursors<Name extends string> {
  total: number;
  fetch(name: Name, count: number): Promise<unknown[][]>;
  /** Ends the transaction: COMMIT once everything was read, ROLLBACK when stopping early. */
  close(outcome?: "done" | "stopped"): Promise<void>;
}

export async function openCursors<Name extends string>(queries: Record<Name, Sql>, countQuery: Sql): Promise<Cursors<Name>> {
  const client = await streamingPool().connect();
  let open = true;
  const close = async (outcome: "done" | "stopped" = "stopped") => {
    if (!open) return;
    open = false;
    try {
      await client.query(outcome === "done" ? "COMMIT" : "ROLLBACK");
    } finally {
      client.release();
    }
  };
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // Every row will be read: plan for the whole result, not for the first rows (the cursor default).
    await client.query("SET LOCAL cursor_tuple_fraction = 1.0");
    const counted = await client.query<{ total: number }>(countQuery.text, countQuery.values);
    for (const [name, query] of Object.entries(queries) as [Name, Sql][]) {
      await client.query(`DECLARE "${name}" NO SCROLL CURSOR FOR ${query.text}`, query.values);
    }
    return {
      total: counted.rows[0]!.total,
      async fetch(name, count) {
        if (!open) return [];
        const result = await client.query({ text: `FETCH ${count} FROM "${name}"`, rowMode: "array" });
        return result.rows as unknown[][];
      },
      close,
    };
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
}
