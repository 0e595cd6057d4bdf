import "server-only";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { CSV_BOM, csvLine, type CsvValue } from "./csv";

/**
 * CSV and XLSX as streams that pull their rows batch by batch from a source (a database cursor, or a
 * table already in memory), so that a 200,000-row export never sits whole in the server's memory.
 */
export interface RowSource<Row> {
  /** The next batch of rows; empty when done. */
  next(): Promise<Row[]>;
  /** Stops early: the client went away or something failed. */
  close(): Promise<void>;
}

export type CellValue = string | number | boolean | null;

export function arraySource<Row>(rows: Row[]): RowSource<Row> {
  let done = false;
  return {
    next: async () => (done ? [] : ((done = true), rows)),
    close: async () => {},
  };
}

const encoder = new TextEncoder();

export function csvStream<Row>(header: string[], source: RowSource<Row>, cells: (row: Row) => CsvValue[]): ReadableStream<Uint8Array> {
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(CSV_BOM + csvLine(header)));
          return;
        }
        const rows = await source.next();
        if (!rows.length) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(rows.map((row) => csvLine(cells(row))).join("")));
      } catch (error) {
        await source.close().catch(() => {});
        controller.error(error);
      }
    },
    cancel: () => source.close(),
  }, { highWaterMark: 2 });
}

export interface XlsxColumn {
  header: string;
  width?: number;
  /** Excel number format, e.g. "0.0" for percentages printed as numbers. */
  numFmt?: string;
}

/** Bytes the XLSX may buffer ahead of a slow reader before the writer waits for it. */
const XLSX_BUFFER_LIMIT = 4 * 1024 * 1024;

/** `styles: false` skips cell styles (bold header, number formats): markedly faster for large data sets. */
export function xlsxStream<Row>(sheetName: string, columns: XlsxColumn[], source: RowSource<Row>, cells: (row: Row) => CellValue[], { styles = true } = {}): ReadableStream<Uint8Array> {
  const output = new PassThrough({ highWaterMark: 1024 * 1024 });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: styles, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width ?? Math.min(40, Math.max(10, c.header.length + 2)), style: styles && c.numFmt ? { numFmt: c.numFmt } : {} }));
  if (styles) sheet.getRow(1).font = { bold: true };
  let cancelled = false;

  const produce = async () => {
    try {
      for (let rows = await source.next(); rows.length && !cancelled; rows = await source.next()) {
        for (const row of rows) sheet.addRow(cells(row)).commit();
        while (output.readableLength > XLSX_BUFFER_LIMIT && !cancelled) await new Promise((resolve) => setTimeout(resolve, 5));
      }
      if (cancelled) return;
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      await source.close().catch(() => {});
      output.destroy(error as Error);
    }
  };
  void produce();
  return withCancel(Readable.toWeb(output) as ReadableStream<Uint8Array>, async () => {
    cancelled = true;
    await source.close().catch(() => {});
    output.destroy();
  });
}

/** A stream that, when its reader cancels (the client went away), stops the producer first. */
function withCancel(stream: ReadableStream<Uint8Array>, onCancel: () => Promise<void>): ReadableStream<Uint8Array> {
  const reader = stream.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel(reason) {
      await onCancel();
      await reader.cancel(reason);
    },
  });
}
