import { useEffect, useRef } from 'react';
// Only what the dashboard draws: bar charts on a grid, with a tooltip and a legend, on canvas (echarts/core keeps the
// rest of ECharts out of the bundle; the dashboard's chunk is loaded lazily).
import { BarChart as EBarChart, type BarSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, type GridComponentOption, type LegendComponentOption, type TooltipComponentOption } from 'echarts/components';
import { init, use, type ComposeOption, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([EBarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type BarChartOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

export interface BarChartProps {
  option: BarChartOption;
  /** Called with the category's index when a bar is clicked (the figure's drill-down). */
  onSelect?: (index: number) => void;
  height: number;
  /** What the chart shows, for screen readers (the figures are also listed beside or under it). */
  label: string;
}

/** An ECharts bar chart that follows its container's width; clicking a bar selects its category. */
export function BarChart({ option, onSelect, height, label }: BarChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    if (!element.current) return;
    const instance = init(element.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => {
      if (typeof params.dataIndex === 'number') select.current?.(params.dataIndex);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height, cursor: onSelect ? 'pointer' : undefined }} />;
}
