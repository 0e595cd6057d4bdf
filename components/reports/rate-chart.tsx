"use client";

import { labelColumnWidth, useElementWidth } from "@/components/ui/use-element-width";
import type { RatePoint } from "@/lib/reports/chart-data";
import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, LabelList, Tooltip, XAxis, YAxis } from "recharts";

export interface RateChartText {
  title: string;
  summary: string;
  rateAxis: string;
  ciLegend: string;
  flagLegend: string;
}

const shorten = (label: string) => (label.length > 30 ? `${label.slice(0, 29)}…` : label);

/** The rate's label, placed past the end of its whisker so that neither hides the other. */
function RateLabel(props: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; index?: number; data: { percent: number; error: number[]; display: string }[] }) {
  const item = props.data[props.index ?? 0];
  const [x, y, width, height] = [props.x, props.y, props.width, props.height].map(Number) as [number, number, number, number];
  if (!item || Number.isNaN(x)) return null;
  const perPercent = item.percent > 0 ? width / item.percent : 0;
  const end = x + (item.percent + (item.error[1] ?? 0)) * perPercent;
  return <text x={end + 6} y={y + height / 2} dominantBaseline="central" fontSize={12} fill="#1c2430">{item.display}</text>;
}

/**
 * Horizontal bars of rates with their 95% interval as whiskers. Flagged rates (below the minimum n) are
 * hatched and marked ‡ in their label, so they read without colour; the table beside holds the figures.
 */
export function RateChart({ items, text }: { items: RatePoint[]; text: RateChartText }) {
  const { ref, width } = useElementWidth<HTMLElement>(800);
  const data = items.map((item) => ({
    ...item,
    percent: item.rate === null ? 0 : item.rate * 100,
    error: item.rate === null || item.low === null || item.high === null ? [0, 0] : [(item.rate - item.low) * 100, (item.high - item.rate) * 100],
  }));
  return (
    <figure className="report-chart" ref={ref}>
      <figcaption className="small muted">{text.ciLegend} · {text.flagLegend}</figcaption>
      <div role="img" aria-label={text.summary}>
        <BarChart layout="vertical" data={data} responsive style={{ width: "100%", height: 40 + items.length * 30 }} margin={{ top: 4, right: 64, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <defs>
            <pattern id="flag-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#e6f0fa" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#0b5cad" strokeWidth="2" />
            </pattern>
          </defs>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fontSize: 12 }} aria-label={text.rateAxis} />
          <YAxis type="category" dataKey="label" width={labelColumnWidth(width, 190)} tick={{ fontSize: 12 }} tickFormatter={shorten} interval={0} />
          <Tooltip formatter={(_value, _name, entry) => [(entry.payload as RatePoint).display, text.rateAxis]} />
          <Bar dataKey="percent" isAnimationActive={false} name={text.rateAxis}>
            {data.map((item) => <Cell key={item.label} fill={item.flagged ? "url(#flag-hatch)" : "#0b5cad"} stroke="#0b5cad" />)}
            <ErrorBar dataKey="error" width={4} stroke="#1c2430" />
            <LabelList dataKey="display" content={(props) => <RateLabel {...props} data={data} />} />
          </Bar>
        </BarChart>
      </div>
    </figure>
  );
}
