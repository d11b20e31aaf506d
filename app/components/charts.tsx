import { useId } from "react";

/** One point of a chart: a label (a day, a product, a region) and its value. */
export type ChartPoint = { label: string; value: number };

export type ChartKind = "line" | "column" | "bar";

type ChartProps = {
  title: string;
  series: readonly ChartPoint[];
  /** line and column suit time series; bar (horizontal) suits named things such as products */
  kind?: ChartKind;
  /** formats values in the axis, the bars and the table (money, percentages…) */
  formatValue?: (value: number) => string;
  /** column headings of the data table */
  labelHeading: string;
  valueHeading: string;
  /** shown instead of the chart when every value is zero or the series is empty */
  emptyText?: string;
  className?: string;
};

const WIDTH = 640;
const LINE_HEIGHT = 220;
const PAD = { top: 16, right: 16, bottom: 40, left: 96 };
const BAR_ROW = 28;
const BAR_LABEL = 180;

const INK = "var(--color-ink)";
const MUTED = "var(--color-muted)";
const GRID = "var(--color-line)";
const FILL = "var(--color-primary)";

function niceMax(max: number): number {
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * magnitude >= max) return step * magnitude;
  }
  return 10 * magnitude;
}

function shorten(label: string, max = 26) {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** Which x labels to print so they never overlap: all of a few, else first, middle and last. */
function visibleLabelIndexes(count: number): Set<number> {
  if (count <= 8) return new Set(Array.from({ length: count }, (_, i) => i));
  const step = Math.ceil(count / 6);
  const shown = new Set<number>();
  for (let i = 0; i < count; i += step) shown.add(i);
  shown.add(count - 1);
  return shown;
}

function TimeChart({ series, kind, format }: { series: readonly ChartPoint[]; kind: "line" | "column"; format: (v: number) => string }) {
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = LINE_HEIGHT - PAD.top - PAD.bottom;
  const top = niceMax(Math.max(...series.map((p) => p.value)));
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const slot = plotW / Math.max(series.length, 1);
  const x = (i: number) => PAD.left + slot * i + slot / 2;
  const labels = visibleLabelIndexes(series.length);
  const ticks = [0, top / 2, top];
  return (
    <>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} style={{ stroke: GRID }} />
          <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="12" style={{ fill: MUTED }}>
            {format(tick)}
          </text>
        </g>
      ))}
      {kind === "column" ? (
        series.map((p, i) => {
          const h = (p.value / top) * plotH;
          return <rect key={i} x={x(i) - slot * 0.35} width={slot * 0.7} y={PAD.top + plotH - h} height={h} style={{ fill: FILL }} rx="2" />;
        })
      ) : (
        <>
          <polyline
            points={series.map((p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ")}
            fill="none"
            style={{ stroke: FILL }}
            strokeWidth="2.5"
            strokeLinejoin="round"
          />
          {series.length <= 31 ? series.map((p, i) => <circle key={i} cx={x(i)} cy={y(p.value)} r="3" style={{ fill: FILL }} />) : null}
        </>
      )}
      {series.map((p, i) =>
        labels.has(i) ? (
          <text key={i} x={x(i)} y={LINE_HEIGHT - PAD.bottom + 18} textAnchor="middle" fontSize="12" style={{ fill: INK }}>
            {shorten(p.label, 12)}
          </text>
        ) : null,
      )}
    </>
  );
}

function BarChart({ series, format }: { series: readonly ChartPoint[]; format: (v: number) => string }) {
  const top = niceMax(Math.max(...series.map((p) => p.value)));
  const plotW = WIDTH - BAR_LABEL - 90;
  return (
    <>
      {series.map((p, i) => {
        const yTop = PAD.top + i * BAR_ROW;
        const w = (p.value / top) * plotW;
        return (
          <g key={i}>
            <text x={BAR_LABEL - 8} y={yTop + 17} textAnchor="end" fontSize="12" style={{ fill: INK }}>
              {shorten(p.label)}
            </text>
            <rect x={BAR_LABEL} y={yTop + 4} width={Math.max(w, p.value > 0 ? 2 : 0)} height={BAR_ROW - 10} style={{ fill: FILL }} rx="2" />
            <text x={BAR_LABEL + w + 6} y={yTop + 17} fontSize="12" style={{ fill: MUTED }}>
              {format(p.value)}
            </text>
          </g>
        );
      })}
    </>
  );
}

/**
 * A chart drawn on the server as SVG (no chart script), with the same figures in a table
 * beside it: the table is what screen readers and keyboard users read, the picture is hidden from them.
 */
export function Chart({ title, series, kind = "line", formatValue = (v) => String(v), labelHeading, valueHeading, emptyText, className }: ChartProps) {
  const id = useId();
  const empty = series.length === 0 || series.every((p) => p.value === 0);
  const height = kind === "bar" ? PAD.top + series.length * BAR_ROW + 8 : LINE_HEIGHT;
  return (
    <figure className={["chart", className].filter(Boolean).join(" ")} aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart__title">
        {title}
      </figcaption>
      <div className="chart__body">
        {empty && emptyText ? (
          <p className="chart__empty muted">{emptyText}</p>
        ) : (
          <svg className="chart__svg" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet" aria-hidden="true" focusable="false">
            {kind === "bar" ? <BarChart series={series} format={formatValue} /> : <TimeChart series={series} kind={kind} format={formatValue} />}
          </svg>
        )}
        {/* Scrolls when long; focusable so keyboard users can scroll it too. */}
        <div className="chart__table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
          <table className="chart__table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{labelHeading}</th>
                <th scope="col">{valueHeading}</th>
              </tr>
            </thead>
            <tbody>
              {series.map((p, i) => (
                <tr key={i}>
                  <th scope="row">{p.label}</th>
                  <td>{formatValue(p.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </figure>
  );
}
