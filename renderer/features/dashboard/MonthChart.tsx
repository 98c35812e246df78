import { DownloadOutlined } from '@ant-design/icons';
import { Column } from '@ant-design/plots';
import { App, Button, Space } from 'antd';
import { useRef } from 'react';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { usePlatformErrorText } from '../../platform/usePlatformErrorText';

/**
 * One of the dashboard's monthly charts, drawn by the Ant Design charts
 * (@ant-design/plots, which this route alone loads): a column per month with
 * its value above it, the running month drawn lighter and named in the
 * legend, a tooltip per column, an optional dashed reference line, and
 * "save as image". To assistive technology the chart is one image named by
 * `summary`, which states every value.
 */
export interface MonthPoint {
  /** `YYYY-MM` */
  month: string;
  /** under the column: the month's short name; the first of a year also shows the year */
  label: string;
  /** absent: nothing closed that month (no column) */
  value?: number;
  /** above the column and in the tooltip */
  text: string;
  /** the running month */
  partial: boolean;
}

interface Props {
  title: string;
  points: readonly MonthPoint[];
  max: number;
  ticks: readonly number[];
  tickText: (value: number) => string;
  colour: string;
  summary: string;
  /** a dashed line across the chart (e.g. the 15-working-day rule), with its label */
  reference?: { value: number; label: string };
  /** the PNG's file name, without extension */
  fileName: string;
}

const FONT = "-apple-system, 'Segoe UI', Roboto, Arial, 'CaseDesk Noto Sans SC', sans-serif";

function pngBytes(dataUrl: string): Uint8Array<ArrayBuffer> {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function MonthChart({ title, points, max, ticks, tickText, colour, summary, reference, fileName }: Props) {
  const t = useText();
  const { message } = App.useApp();
  const errorText = usePlatformErrorText();
  const chart = useRef<{ toDataURL?: (type?: string) => string }>(null);
  const complete = t('deadlines.dashboard.figures.legendComplete');
  const partial = t('deadlines.dashboard.figures.legendPartial');
  const labels = new Map(points.map((p) => [p.month, p.label]));
  const data = points.filter((p) => p.value !== undefined).map((p) => ({ month: p.month, value: p.value!, text: p.text, kind: p.partial ? partial : complete }));

  const saveImage = async () => {
    const url = chart.current?.toDataURL?.('image/png');
    if (!url) return;
    const answer = await platform.saveFile({ title, suggestedName: `${fileName}.png`, filters: [{ name: 'PNG', extensions: ['png'] }], bytes: pngBytes(url) });
    if (answer.ok) void message.success(t('deadlines.dashboard.export.saved', { name: answer.value.savedAs }));
    else if (answer.error.code !== 'cancelled') void message.error(errorText(answer.error));
  };

  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }}>
      <div role="img" aria-label={summary}>
        <Column
          ref={chart}
          height={230}
          autoFit
          data={data}
          xField="month"
          yField="value"
          colorField="kind"
          scale={{
            x: { domain: points.map((p) => p.month) },
            y: { domain: [0, max], nice: false },
            color: { domain: [complete, partial], range: [colour, `${colour}73`] },
          }}
          axis={{
            x: { title: false, labelFormatter: (month: string) => labels.get(month) ?? month, labelFontFamily: FONT },
            y: { title: false, tickCount: ticks.length, labelFormatter: (v: number) => tickText(v), labelFontFamily: FONT },
          }}
          label={{ text: 'text', position: 'top', textBaseline: 'bottom', dy: -2, fontFamily: FONT, fontSize: 10 }}
          legend={{ color: { position: 'top', layout: { justifyContent: 'flex-end' }, itemLabelFontFamily: FONT } }}
          tooltip={{ title: (d: { month: string }) => d.month, items: [{ channel: 'y', name: title, valueFormatter: (v: number) => tickText(v) }] }}
          style={{ maxWidth: 28 }}
          annotations={
            reference && reference.value <= max
              ? [
                  {
                    type: 'lineY',
                    data: [reference.value],
                    style: { stroke: '#cf1322', lineDash: [4, 3] },
                    label: { text: reference.label, position: 'right', fill: '#cf1322', fontSize: 10, fontFamily: FONT, dy: -6, textAlign: 'end' },
                  },
                ]
              : []
          }
        />
      </div>
      <Button size="small" icon={<DownloadOutlined />} onClick={() => void saveImage()}>
        {t('deadlines.dashboard.figures.saveImage', { title })}
      </Button>
    </Space>
  );
}
