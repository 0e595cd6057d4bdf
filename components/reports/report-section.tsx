import type { ReportFilter } from "@/lib/reports/filter";
import type { TableView } from "@/lib/reports/links";
import type { TableModel } from "@/lib/reports/tables/table-model";
import { ExportLinks } from "./export-links";
import { ReportTable } from "./report-table";

/** A titled part of the report: its definition in plain words, an optional chart, the table, its downloads. */
export function ReportSection({ table, filter, view, chart, notes, level = 2 }: {
  table: TableModel;
  filter: ReportFilter;
  view: TableView;
  chart?: React.ReactNode;
  notes?: string[];
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section className="report-section" aria-labelledby={`heading-${table.id}`}>
      <Heading id={`heading-${table.id}`}>{table.title}</Heading>
      {table.definition ? <p className="definition small">{table.definition}</p> : null}
      {notes?.map((note) => <p className="definition small" key={note}>{note}</p>)}
      {chart}
      <ReportTable table={table} filter={filter} />
      <ExportLinks filter={filter} table={table.id} title={table.title} view={view} />
    </section>
  );
}
