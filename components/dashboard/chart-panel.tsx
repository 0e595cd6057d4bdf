"use client";

import { useState, useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * A chart and its table, one click apart. The server's HTML (and a browser without scripts) shows the
 * table, since the chart library draws only in the browser, and a chart drawn on the server
 * (`serverChart`) with it; once scripts run, the chart shows with a switch to the table. Printing shows
 * both.
 */
export function ChartPanel({ chart, table, labels, serverChart = false }: {
  chart: React.ReactNode;
  table: React.ReactNode;
  labels: { view: string; chart: string; table: string };
  serverChart?: boolean;
}) {
  const hydrated = useSyncExternalStore(never, () => true, () => false);
  const [choice, setChoice] = useState<"chart" | "table">("chart");
  const showing = hydrated ? choice : null;
  return (
    <div className="chart-panel">
      {hydrated ? (
        <div className="chart-switch no-print" role="group" aria-label={labels.view}>
          {(["chart", "table"] as const).map((option) => (
            <button key={option} type="button" className="button button-small button-secondary" aria-pressed={showing === option} onClick={() => setChoice(option)}>
              {labels[option]}
            </button>
          ))}
        </div>
      ) : null}
      <div className="chart-panel-chart" hidden={showing ? showing !== "chart" : !serverChart}>{chart}</div>
      <div className="chart-panel-table" hidden={showing ? showing !== "table" : false}>{table}</div>
    </div>
  );
}
