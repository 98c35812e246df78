/**
 * A small bar chart drawn as SVG: no chart library for two charts of 13 bars
 * (antd has none, and the common ones weigh more than the whole dashboard).
 * It is one image to assistive technology, named by `summary`, which states
 * every value; the bars themselves are decoration.
 */

export interface BarPoint {
  /** under the bar: the month */
  label: string;
  /** a second line under the first bar of a year: the year */
  sublabel?: string;
  /** absent: no data (nothing closed); drawn as a dash */
  value?: number;
  /** above the bar */
  text: string;
  /** the running month: drawn lighter */
  partial?: boolean;
}

interface Props {
  points: readonly BarPoint[];
  max: number;
  ticks: readonly number[];
  tickText: (value: number) => string;
  colour: string;
  summary: string;
  /** a dashed line across the chart (e.g. the 15-working-day rule), with its label */
  reference?: { value: number; label: string };
}

const WIDTH = 560;
const HEIGHT = 210;
const LEFT = 40;
const RIGHT = 8;
const TOP = 18;
const BOTTOM = 40;

export function BarChart({ points, max, ticks, tickText, colour, summary, reference }: Props) {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = plotWidth / Math.max(1, points.length);
  const barWidth = Math.min(28, slot * 0.62);
  const y = (value: number) => TOP + plotHeight - (Math.min(value, max) / max) * plotHeight;
  return (
    <svg role="img" aria-label={summary} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ display: 'block', fontFamily: 'var(--casedesk-font)' }}>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke="#f0f0f0" />
          <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" fontSize={11} fill="#8c8c8c">
            {tickText(tick)}
          </text>
        </g>
      ))}
      {points.map((p, i) => {
        const x = LEFT + slot * i + (slot - barWidth) / 2;
        const centre = x + barWidth / 2;
        return (
          <g key={`${p.sublabel ?? ''}${p.label}-${i}`}>
            {p.value === undefined ? (
              <text x={centre} y={TOP + plotHeight - 4} textAnchor="middle" fontSize={11} fill="#bfbfbf">
                —
              </text>
            ) : (
              <>
                <rect x={x} y={y(p.value)} width={barWidth} height={Math.max(1, TOP + plotHeight - y(p.value))} rx={2} fill={colour} opacity={p.partial ? 0.45 : 1} />
                <text x={centre} y={y(p.value) - 4} textAnchor="middle" fontSize={10} fill="#595959">
                  {p.text}
                </text>
              </>
            )}
            <text x={centre} y={HEIGHT - BOTTOM + 15} textAnchor="middle" fontSize={11} fill="#595959">
              {p.label}
            </text>
            {p.sublabel ? (
              <text x={centre} y={HEIGHT - BOTTOM + 30} textAnchor="middle" fontSize={10} fill="#8c8c8c">
                {p.sublabel}
              </text>
            ) : null}
          </g>
        );
      })}
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={TOP + plotHeight} y2={TOP + plotHeight} stroke="#d9d9d9" />
      {reference && reference.value <= max ? (
        <g>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(reference.value)} y2={y(reference.value)} stroke="#cf1322" strokeDasharray="4 3" />
          <text x={WIDTH - RIGHT} y={y(reference.value) - 4} textAnchor="end" fontSize={10} fill="#cf1322">
            {reference.label}
          </text>
        </g>
      ) : null}
    </svg>
  );
}
