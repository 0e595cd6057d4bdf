import "server-only";
import { answerCell } from "./answer-cell";
import type { Cursors } from "./cursor";
import type { DatasetLayout } from "./dataset-query";
import type { CellValue, RowSource } from "./writers";

type Name = "facts" | "standards" | "answers";
const FACT_BATCH = 1000;
const DETAIL_BATCH = 1000;

/**
 * Batches of one cursor, each asked for as soon as the one before arrives: PostgreSQL reads the next batch
 * while this process turns the last one into rows, instead of each waiting for the other. The requests of
 * the three cursors queue on their one connection in the order they are made.
 */
class ReadAhead {
  private ahead: Promise<unknown[][]> | null = null;
  private done = false;

  constructor(private readonly cursors: Cursors<Name>, private readonly name: Name, private readonly size: number) {}

  async next(): Promise<unknown[][]> {
    if (this.done) return [];
    const batch = await (this.ahead ?? this.cursors.fetch(this.name, this.size));
    this.done = batch.length < this.size;
    this.ahead = this.done ? null : this.cursors.fetch(this.name, this.size);
    // A read ahead that fails is reported by the next call; until then it must not count as unhandled.
    this.ahead?.catch(() => {});
    return batch;
  }
}

/**
 * Reads one of the detail cursors (standards, answers: rows of [hearingId, { code: value }] in hearing id
 * order) a batch at a time, handing out the values of one hearing after another.
 */
class DetailReader {
  private rows: unknown[][] = [];
  private index = 0;
  private done = false;
  private readonly batches: ReadAhead;

  constructor(cursors: Cursors<Name>, name: Name) {
    this.batches = new ReadAhead(cursors, name, DETAIL_BATCH);
  }

  /** The code → value object of hearing `id` (empty without one); rows of earlier hearings are passed over. */
  async take(id: number): Promise<Record<string, unknown>> {
    for (;;) {
      if (this.index >= this.rows.length) {
        if (this.done) return {};
        this.rows = await this.batches.next();
        this.index = 0;
        if (this.rows.length < DETAIL_BATCH) this.done = true;
        if (!this.rows.length) return {};
      }
      const row = this.rows[this.index]!;
      const rowId = row[0] as number;
      if (rowId > id) return {};
      this.index++;
      if (rowId === id) return row[1] as Record<string, unknown>;
    }
  }
}

/** The data set's rows, built by merging the three cursors as the client reads. */
export function datasetSource(cursors: Cursors<Name>, layout: DatasetLayout): RowSource<CellValue[]> {
  const standards = new DetailReader(cursors, "standards");
  const answers = new DetailReader(cursors, "answers");
  const factBatches = new ReadAhead(cursors, "facts", FACT_BATCH);
  return {
    async next() {
      const facts = await factBatches.next();
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
          ...layout.standardCodes.map((code) => answerCell(results[code])),
          ...layout.questionCodes.map((code) => answerCell(given[code])),
        ]);
      }
      return rows;
    },
    close: () => cursors.close("stopped"),
  };
}
