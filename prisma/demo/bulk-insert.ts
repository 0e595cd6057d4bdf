import type { DbClient } from "../../lib/db.ts";

/**
 * Inserts many rows in one statement: each column travels as one array parameter and `unnest` turns them
 * back into rows, so 10,000 rows cost one round trip. Used only by the demo and benchmark generator.
 */
export interface BulkColumn {
  name: string;
  /** Element type of the array parameter (int, text, bool, ...). */
  type: "int" | "text" | "bool";
  /** SQL cast applied to the column, e.g. `::timestamp(3)` or `::"ReviewState"`. */
  cast?: string;
}

export async function bulkInsert(db: DbClient, table: string, columns: BulkColumn[], rows: unknown[][]) {
  if (!rows.length) return;
  const CHUNK = 10_000;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const slice = rows.slice(start, start + CHUNK);
    const params = columns.map((_, c) => slice.map((row) => row[c] ?? null));
    const names = columns.map((col) => `"${col.name}"`).join(", ");
    const aliases = columns.map((_, c) => `c${c}`).join(", ");
    const unnest = columns.map((col, c) => `$${c + 1}::${col.type}[]`).join(", ");
    const select = columns.map((col, c) => `c${c}${col.cast ?? ""}`).join(", ");
    await db.$executeRawUnsafe(
      `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${unnest}) AS t(${aliases})`,
      ...params,
    );
  }
}

/** Takes `count` ids from a table's sequence, so that rows can reference each other before they are inserted. */
export async function reserveIds(db: DbClient, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await db.$queryRawUnsafe<{ id: bigint | number }[]>(
    `SELECT nextval(pg_get_serial_sequence('"${table}"', 'id')) AS id FROM generate_series(1, $1::int)`,
    count,
  );
  return rows.map((r) => Number(r.id));
}

export const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
