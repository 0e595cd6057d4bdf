"use client";

import type { CountPoint } from "@/lib/reports/chart-data";
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";

/** Horizontal bars of counts (adjournment reasons), each labelled with its figure. */
export function CountChart({ items, summary, axis }: { items: CountPoint[]; summary: string; axis: string }) {
  return (
    <figure className="report-chart">
      <div role="img" aria-label={summary}>
        <BarChart layout="vertical" data={items} responsive style={{ width: "100%", height: 40 + items.length * 30 }} margin={{ top: 4, right: 72, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(value) => [typeof value === "number" ? value.toLocaleString() : String(value), axis]} />
          <Bar dataKey="value" fill="#0b5cad" isAnimationActive={false} name={axis}>
            <LabelList dataKey="display" position="right" style={{ fontSize: 12, fill: "#1c2430" }} />
          </Bar>
        </BarChart>
      </div>
    </figure>
  );
}
