import { useEffect, useRef } from 'preact/hooks';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Series, SeriesPoint } from '@/src/library';
import { ls } from './strings';

export interface SeriesChartProps {
  series: Series;
  /** A click on a point (the nearest by date to the pointer). */
  onPick(point: SeriesPoint): void;
}

/** uPlot is loaded with the first chart (it reads devicePixelRatio when loaded; the panel need not carry it). */
let loading: Promise<typeof uPlot> | null = null;
const loadUPlot = (): Promise<typeof uPlot> => (loading ??= import('uplot').then((m) => m.default));

const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
/** 2024-12-12 → seconds at UTC midnight (uPlot's time scale is in seconds). */
const seconds = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 1000;

/** A colour from the library's theme variables (light or dark, whichever the panel shows). */
const themeColour = (el: Element, name: string, fallback: string): string =>
  getComputedStyle(el).getPropertyValue(name).trim() || fallback;

/** The tooltip over the hovered point: value and unit, date, article title (set as text). */
function tooltipPlugin(series: Series): uPlot.Plugin {
  let tip: HTMLDivElement;
  return {
    hooks: {
      init(u) {
        tip = document.createElement('div');
        tip.className = 'lib-series-tip';
        tip.hidden = true;
        u.over.append(tip);
      },
      setCursor(u) {
        const i = u.cursor.idx;
        const p = i === null || i === undefined ? undefined : series.points[i];
        if (!p) {
          tip.hidden = true;
          return;
        }
        tip.hidden = false;
        tip.replaceChildren();
        const value = document.createElement('strong');
        value.textContent = `${number.format(p.value)} ${series.unit}`;
        const date = document.createElement('span');
        date.textContent = p.issueDate;
        const title = document.createElement('span');
        title.className = 'lib-series-tip-title';
        title.textContent = p.articleTitle;
        tip.append(value, date, title);
        const x = u.valToPos(seconds(p.issueDate), 'x');
        const y = u.valToPos(p.value, 'y');
        // Keep the box inside the plot and off the point: left of points in the right half, right of
        // the others; above the point, or below it when there is no room above.
        tip.style.left = `${x > u.over.clientWidth / 2 ? Math.max(0, x - tip.offsetWidth - 12) : x + 12}px`;
        const above = y - tip.offsetHeight - 12;
        tip.style.top = `${above >= 0 ? above : Math.min(y + 12, u.over.clientHeight - tip.offsetHeight)}px`;
      },
    },
  };
}

/** One series as a uPlot line with its points; a click on a point hands it to onPick. */
export function SeriesChart({ series, onPick }: SeriesChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    let u: uPlot | null = null;
    let live = true;
    void loadUPlot().then((UPlot) => {
      if (live && host.current) u = draw(UPlot, host.current);
    });
    return () => {
      live = false;
      u?.destroy();
    };
  }, [series]);

  function draw(UPlot: typeof uPlot, el: HTMLDivElement): uPlot {
    const ink = themeColour(el, '--lib-muted', '#6b645d');
    const line = themeColour(el, '--lib-line', '#e6e1da');
    const accent = themeColour(el, '--lib-accent', '#b3261e');
    const surface = themeColour(el, '--lib-bg', '#fff');
    const axis: uPlot.Axis = { stroke: ink, grid: { stroke: line, width: 1 }, ticks: { stroke: line, width: 1 }, font: '11px system-ui, sans-serif' };
    const u = new UPlot(
      {
        width: Math.max(240, el.clientWidth),
        height: 220,
        legend: { show: false },
        cursor: { drag: { x: false, y: false }, points: { size: 10, fill: accent } },
        scales: { x: { time: true } },
        series: [
          {},
          {
            label: series.label,
            stroke: accent,
            // Hundreds of points: a thin line without markers (the cursor still marks the hovered one).
            width: series.points.length > 150 ? 1 : 2,
            points: { show: series.points.length <= 150, size: 7, fill: surface, stroke: accent },
          },
        ],
        axes: [
          { ...axis, values: (_u, ticks) => ticks.map((t) => new Date(t * 1000).toISOString().slice(0, 7)) },
          { ...axis, size: 56, values: (_u, ticks) => ticks.map((t) => number.format(t)) },
        ],
        plugins: [tooltipPlugin(series)],
      },
      [series.points.map((p) => seconds(p.issueDate)), series.points.map((p) => p.value)],
      el,
    );
    const onClick = (): void => {
      const i = u.cursor.idx;
      const p = i === null || i === undefined ? undefined : series.points[i];
      if (p) pick.current(p);
    };
    u.over.addEventListener('click', onClick);
    return u;
  }

  return <div class="lib-series-chart" ref={host} role="img" aria-label={ls('seriesChart', { label: series.label, unit: series.unit })} />;
}
