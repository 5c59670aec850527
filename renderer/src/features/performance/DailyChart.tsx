import type { DayPoint } from '../../../../shared/domain/performance';

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { left: 36, right: 8, top: 10, bottom: 24 };

/** One sentence a screen reader reads for the chart. */
export function chartSummary(series: readonly DayPoint[]): string {
  if (series.length === 0) return 'No days in the range.';
  const redemptions = series.reduce((n, p) => n + p.redemptions, 0);
  const qualified = series.reduce((n, p) => n + p.qualifiedLeads, 0);
  const busiest = series.reduce((best, p) => (p.redemptions > best.redemptions ? p : best), series[0]!);
  const first = series[0]!.day;
  const last = series[series.length - 1]!.day;
  const peak = busiest.redemptions > 0 ? ` The busiest day was ${busiest.day} with ${busiest.redemptions}.` : '';
  return `Redemptions and qualified leads per day from ${first} to ${last}: ${redemptions} redemptions and ${qualified} qualified leads in all.${peak}`;
}

function path(series: readonly DayPoint[], value: (p: DayPoint) => number, max: number): string {
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const step = series.length > 1 ? plotW / (series.length - 1) : 0;
  return series
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${(PAD.left + i * step).toFixed(1)},${(PAD.top + plotH - (value(p) / max) * plotH).toFixed(1)}`)
    .join(' ');
}

/** Redemptions and qualified leads per day: an SVG line chart, and the same numbers as a table. */
export function DailyChart({ series, onExport }: { series: readonly DayPoint[]; onExport: () => void }) {
  const max = Math.max(1, ...series.map((p) => Math.max(p.redemptions, p.qualifiedLeads)));
  return (
    <section aria-label="Redemptions and qualified leads over time" className="daily-chart">
      <div className="section-head">
        <h3>Redemptions and qualified leads per day</h3>
        <button type="button" onClick={onExport}>Export daily numbers as CSV</button>
      </div>
      <svg role="img" aria-label={chartSummary(series)} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" preserveAspectRatio="none">
        <line x1={PAD.left} y1={HEIGHT - PAD.bottom} x2={WIDTH - PAD.right} y2={HEIGHT - PAD.bottom} className="axis" />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={HEIGHT - PAD.bottom} className="axis" />
        <text x={PAD.left - 4} y={PAD.top + 8} textAnchor="end" className="tick">{max}</text>
        <text x={PAD.left - 4} y={HEIGHT - PAD.bottom} textAnchor="end" className="tick">0</text>
        <text x={PAD.left} y={HEIGHT - 6} className="tick">{series[0]?.day}</text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end" className="tick">{series[series.length - 1]?.day}</text>
        <path d={path(series, (p) => p.redemptions, max)} className="line redemptions" />
        <path d={path(series, (p) => p.qualifiedLeads, max)} className="line qualified" />
      </svg>
      <p className="legend" aria-hidden="true">
        <span className="key redemptions" /> Redemptions <span className="key qualified" /> Qualified leads
      </p>
      <details>
        <summary>Daily numbers as a table</summary>
        <table aria-label="Daily numbers">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Redemptions</th>
              <th scope="col">Qualified leads</th>
            </tr>
          </thead>
          <tbody>
            {series.map((p) => (
              <tr key={p.day}>
                <th scope="row">{p.day}</th>
                <td>{p.redemptions}</td>
                <td>{p.qualifiedLeads}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
