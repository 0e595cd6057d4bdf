import "server-only";
import { streamingPool } from "@/lib/db";
import type { Sql } from "../sql";

/**
 * Runs a query through a server-side cursor in one read-only, repeatable-read transaction: first its row
 * count, then its rows batch by batch as the consumer asks for them, so that memory holds one batch
 * whatever the size of the result, and the count is exactly the number of rows streamed.
 */
export interface QueryCursor<Row> {
  total: number;
  /** The next batch; empty once the rows are exhausted (the transaction is then closed). */
  next(): Promise<Row[]>;
  /** Ends early (client gone, error): rolls back and frees the connection. */
  close(): Promise<void>;
}

/** `countQuery` returns one row with a `total`: the rows `query` will give, read in the same snapshot. */
export async function openCursor<Row>(query: Sql, countQuery: Sql, batchSize = 1000): Promise<QueryCursor<Row>> {
  const client = await streamingPool().connect();
  let open = true;
  const release = async (end: "COMMIT" | "ROLLBACK") => {
    if (!open) return;
    open = false;
    try {
      await client.query(end);
    } finally {
      client.release();
    }
  };
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const counted = await client.query<{ total: number }>(countQuery.text, countQuery.values);
    await client.query(`DECLARE export_cursor NO SCROLL CURSOR FOR ${query.text}`, query.values);
    return {
      total: counted.rows[0]!.total,
      async next() {
        if (!open) return [];
        const { rows } = await client.query<Row & Record<string, unknown>>(`FETCH ${batchSize} FROM export_cursor`);
        if (rows.length < batchSize) await release("COMMIT");
        return rows;
      },
      close: () => release("ROLLBACK"),
    };
  } catch (error) {
    await release("ROLLBACK").catch(() => {});
    throw error;
  }
}
