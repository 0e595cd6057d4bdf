"use client";

import { labelColumnWidth, useElementWidth } from "@/components/ui/use-element-width";
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from "recharts";

export interface ComparisonPoint {
  label: string;
  /** Percent, or null where nothing was measured. */
  now: number | null;
  before: number | null;
  nowDisplay: string;
  beforeDisplay: string;
}

/**
 * Rates of this period beside the previous period's: solid bars now, hatched bars before, each labelled
 * with its figure (‡ where it rests on few hearings), so that the two read apart without colour.
 */
export function ComparisonChart({ points, text }: { points: ComparisonPoint[]; text: { summary: string; now: string; before: string; axis: string } }) {
  const { ref, width } = useElementWidth<HTMLElement>(800);
  return (
    <figure className="report-chart" ref={ref}>
      <div role="img" aria-label={text.summary}>
        <BarChart layout="vertical" data={points} responsive style={{ width: "100%", height: 60 + points.length * 52 }} margin={{ top: 4, right: 72, bottom: 4, left: 4 }} accessibilityLayer={false} barGap={2}>
          <defs>
            <pattern id="previous-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#fff" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#5b6675" strokeWidth="2" />
            </pattern>
          </defs>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fontSize: 12 }} aria-label={text.axis} />
          <YAxis type="category" dataKey="label" width={labelColumnWidth(width, 170)} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} formatter={(value) => <span className="chart-legend-text">{value}</span>} />
          <Bar dataKey="now" name={text.now} fill="#0b5cad" isAnimationActive={false}>
            <LabelList dataKey="nowDisplay" position="right" style={{ fontSize: 11, fill: "#1c2430" }} />
          </Bar>
          <Bar dataKey="before" name={text.before} fill="url(#previous-hatch)" stroke="#5b6675" isAnimationActive={false}>
            <LabelList dataKey="beforeDisplay" position="right" style={{ fontSize: 11, fill: "#1c2430" }} />
          </Bar>
        </BarChart>
      </div>
    </figure>
  );
}
