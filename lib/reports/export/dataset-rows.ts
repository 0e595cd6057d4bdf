import "server-only";
import type { Cursors } from "./cursor";
import type { DatasetLayout } from "./dataset-query";
import type { CellValue, RowSource } from "./writers";

type Name = "facts" | "standards" | "answers";
const FACT_BATCH = 1000;
const DETAIL_BATCH = 5000;

/**
 * Reads one of the detail cursors (standards, answers: rows of [hearingId, code, value] in hearing id
 * order) a batch at a time, handing out the rows of one hearing after another.
 */
class DetailReader {
  private rows: unknown[][] = [];
  private index = 0;
  private done = false;

  constructor(private readonly cursors: Cursors<Name>, private readonly name: Name) {}

  /** The code → value pairs of hearing `id`; rows of earlier hearings are passed over. */
  async take(id: number): Promise<Map<string, CellValue>> {
    const found = new Map<string, CellValue>();
    for (;;) {
      if (this.index >= this.rows.length) {
        if (this.done) return found;
        this.rows = await this.cursors.fetch(this.name, DETAIL_BATCH);
        this.index = 0;
        if (this.rows.length < DETAIL_BATCH) this.done = true;
        if (!this.rows.length) return found;
      }
      const row = this.rows[this.index]!;
      const rowId = row[0] as number;
      if (rowId > id) return found;
      if (rowId === id) found.set(row[1] as string, (row[2] as CellValue) ?? null);
      this.index++;
    }
  }
}

/** The data set's rows, built by merging the three cursors as the client reads. */
export function datasetSource(cursors: Cursors<Name>, layout: DatasetLayout): RowSource<CellValue[]> {
  const standards = new DetailReader(cursors, "standards");
  const answers = new DetailReader(cursors, "answers");
  return {
    async next() {
      const facts = await cursors.fetch("facts", FACT_BATCH);
      if (!facts.length) {
        await cursors.close("done");
        return [];
      }
      const rows: CellValue[][] = [];
      for (const fact of facts) {
        const id = fact[0] as number;
        const [results, given] = [await standards.take(id), await answers.take(id)];
        rows.push([
          ...(fact as CellValue[]),
          ...layout.standardCodes.map((code) => results.get(code) ?? null),
          ...layout.questionCodes.map((code) => given.get(code) ?? null),
        ]);
      }
      return rows;
    },
    close: () => cursors.close("stopped"),
  };
}
