"use client";

import { Bar, CartesianGrid, ComposedChart, LabelList, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";

export interface ProgrammePoint {
  label: string;
  hearings: number;
  /** Running total; null for months still to come. */
  cumulative: number | null;
  steady: number;
}

/**
 * Hearings monitored month by month (bars, each labelled with its figure), the running total (a solid line
 * with dots) and the steady pace to the annual target (a dashed line): told apart by shape and line style,
 * not by colour alone.
 */
export function ProgrammeChart({ points, text }: { points: ProgrammePoint[]; text: { summary: string; monthly: string; cumulative: string; steady: string } }) {
  return (
    <figure className="report-chart">
      <div role="img" aria-label={text.summary}>
        <ComposedChart data={points} responsive style={{ width: "100%", height: 280 }} margin={{ top: 16, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={4} />
          <YAxis yAxisId="month" allowDecimals={false} tick={{ fontSize: 12 }} width={44} />
          <YAxis yAxisId="total" orientation="right" allowDecimals={false} tick={{ fontSize: 12 }} width={52} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} formatter={(value) => <span className="chart-legend-text">{value}</span>} />
          <Bar yAxisId="month" dataKey="hearings" name={text.monthly} fill="#9cc3ea" stroke="#0b5cad" isAnimationActive={false}>
            <LabelList dataKey="hearings" position="top" style={{ fontSize: 10, fill: "#1c2430" }} />
          </Bar>
          <Line yAxisId="total" dataKey="cumulative" name={text.cumulative} stroke="#084582" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} connectNulls={false} />
          <Line yAxisId="total" dataKey="steady" name={text.steady} stroke="#5b6675" strokeWidth={2} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
        </ComposedChart>
      </div>
    </figure>
  );
}
