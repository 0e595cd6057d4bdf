"use client";

import type { RatePoint } from "@/lib/reports/chart-data";
import { Area, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from "recharts";

export interface TrendChartText {
  summary: string;
  rateAxis: string;
  band: string;
  ciLegend: string;
  flagLegend: string;
}

/**
 * A rate month by month with its 95% interval as a shaded band. Months below the minimum n are drawn as
 * hollow points; a month with nothing applicable leaves a gap in the line.
 */
export function TrendChart({ points, text }: { points: RatePoint[]; text: TrendChartText }) {
  const data = points.map((p) => ({
    ...p,
    percent: p.rate === null ? null : p.rate * 100,
    band: p.low === null || p.high === null ? null : [p.low * 100, p.high * 100],
  }));
  return (
    <figure className="report-chart">
      <figcaption className="small muted">{text.ciLegend} · {text.flagLegend}</figcaption>
      <div role="img" aria-label={text.summary}>
        <ComposedChart data={data} responsive style={{ width: "100%", height: 260 }} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 12 }} width={48} />
          <Tooltip formatter={(_value, name, entry) => (name === text.rateAxis ? [(entry.payload as RatePoint).display, text.rateAxis] : null)} />
          <Area dataKey="band" name={text.band} stroke="none" fill="#e6f0fa" isAnimationActive={false} connectNulls={false} />
          <Line
            dataKey="percent" name={text.rateAxis} stroke="#0b5cad" strokeWidth={2} isAnimationActive={false} connectNulls={false}
            dot={(props: { cx?: number; cy?: number; index?: number }) => {
              const point = data[props.index ?? 0];
              if (props.cx === undefined || props.cy === undefined || !point || point.percent === null) return <g key={props.index} />;
              return <circle key={props.index} cx={props.cx} cy={props.cy} r={4} stroke="#0b5cad" strokeWidth={2} fill={point.flagged ? "#fff" : "#0b5cad"} />;
            }}
          />
        </ComposedChart>
      </div>
    </figure>
  );
}
