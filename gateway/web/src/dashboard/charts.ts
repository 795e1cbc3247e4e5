import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the two charts use is bundled: tree-shaken ECharts, served from the gateway itself.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

const COLORS = { accepted: '#0b4ea2', completed: '#2f9e44', pending: '#e8a317', overdue: '#d64545' };
const FONT = "'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif";

export interface DailyPoint {
  date: string;
  accepted: number;
  completed: number;
  overdue: number;
}

export interface DepartmentBar {
  name: string;
  accepted: number;
  completed: number;
  pending: number;
  overdueNow: number;
}

function chartOn(el: HTMLElement): echarts.ECharts {
  const chart = echarts.getInstanceByDom(el) ?? echarts.init(el, undefined, { renderer: 'canvas' });
  if (!el.dataset.resizes) {
    el.dataset.resizes = 'yes';
    new ResizeObserver(() => chart.resize()).observe(el);
  }
  return chart;
}

const base = {
  aria: { enabled: true },
  textStyle: { fontFamily: FONT },
  tooltip: { trigger: 'axis' as const },
  legend: { top: 0 },
  grid: { left: 40, right: 16, top: 32, bottom: 28, containLabel: true },
  animation: false,
};

/** Daily accepted, completed and overdue for the period (the network scope). */
export function drawTrend(el: HTMLElement, days: DailyPoint[]): void {
  chartOn(el).setOption(
    {
      ...base,
      xAxis: { type: 'category', data: days.map((d) => d.date.slice(5)), boundaryGap: false },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '受理', type: 'line', smooth: true, symbolSize: 5, color: COLORS.accepted, data: days.map((d) => d.accepted) },
        { name: '办结', type: 'line', smooth: true, symbolSize: 5, color: COLORS.completed, data: days.map((d) => d.completed) },
        { name: '超期', type: 'line', smooth: true, symbolSize: 5, color: COLORS.overdue, data: days.map((d) => d.overdue) },
      ],
    },
    true,
  );
}

/** Per department: accepted, completed, pending and overdue now, in the period's cohort. */
export function drawDepartments(el: HTMLElement, bars: DepartmentBar[]): void {
  chartOn(el).setOption(
    {
      ...base,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: bars.map((b) => b.name), axisLabel: { interval: 0, rotate: bars.length > 8 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '受理', type: 'bar', color: COLORS.accepted, data: bars.map((b) => b.accepted) },
        { name: '办结', type: 'bar', color: COLORS.completed, data: bars.map((b) => b.completed) },
        { name: '待办', type: 'bar', color: COLORS.pending, data: bars.map((b) => b.pending) },
        { name: '超期', type: 'bar', color: COLORS.overdue, data: bars.map((b) => b.overdueNow) },
      ],
    },
    true,
  );
}
