/**
 * @file A small bar chart of claims per month, drawn as inline SVG (no
 * chart library). Months without claims between the first and the last are
 * drawn as gaps so the time axis stays honest.
 */

import { svg } from './dom.js';

/** Every `YYYY-MM` from `first` to `last` inclusive. */
export function monthRange(first, last) {
  const months = [];
  let [year, month] = first.split('-').map(Number);
  const [lastYear, lastMonth] = last.split('-').map(Number);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/**
 * Fills the months missing from a timeline with zero counts.
 * @param {{month: string, claims: number}[]} timeline oldest first
 */
export function fillMonths(timeline) {
  const valid = timeline.filter((point) => /^\d{4}-\d{2}$/.test(point.month));
  if (valid.length === 0) return [];
  const counts = new Map(valid.map((point) => [point.month, point.claims]));
  const months = [...counts.keys()].sort();
  return monthRange(months[0], months[months.length - 1]).map((month) => ({ month, claims: counts.get(month) || 0 }));
}

/**
 * Draws the chart.
 * @param {{month: string, claims: number}[]} timeline oldest first
 * @param {string} subject what is counted, for the accessible description
 * @returns {SVGElement}
 */
export function timelineChart(timeline, subject) {
  const points = fillMonths(timeline);
  const width = 560;
  const height = 160;
  const margin = { top: 12, right: 8, bottom: 26, left: 36 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const max = Math.max(1, ...points.map((p) => p.claims));
  const peak = points.reduce((best, p) => (p.claims > best.claims ? p : best), { month: '', claims: 0 });
  const description = points.length
    ? `Claims about ${subject} per month from ${points[0].month} to ${points[points.length - 1].month}; most in ${peak.month} (${peak.claims}).`
    : `No dated claims about ${subject}.`;

  const chart = svg('svg', {
    class: 'timeline-chart',
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': description,
    preserveAspectRatio: 'xMidYMid meet',
  });
  chart.append(svg('title', { text: description }));
  const axis = svg('g', { class: 'chart-axis' });
  axis.append(
    svg('line', { x1: margin.left, y1: margin.top + plotHeight, x2: width - margin.right, y2: margin.top + plotHeight }),
    svg('text', { x: margin.left - 6, y: margin.top + 4, 'text-anchor': 'end', text: String(max) }),
    svg('text', { x: margin.left - 6, y: margin.top + plotHeight, 'text-anchor': 'end', text: '0' }),
  );
  chart.append(axis);
  if (points.length === 0) return chart;

  const slot = plotWidth / points.length;
  const barWidth = Math.max(1, slot * 0.8);
  const bars = svg('g', { class: 'chart-bars' });
  points.forEach((point, index) => {
    const barHeight = (point.claims / max) * plotHeight;
    const bar = svg('rect', {
      x: margin.left + index * slot + (slot - barWidth) / 2,
      y: margin.top + plotHeight - barHeight,
      width: barWidth,
      height: Math.max(barHeight, point.claims > 0 ? 1 : 0),
    });
    bar.append(svg('title', { text: `${point.month}: ${point.claims}` }));
    bars.append(bar);
  });
  chart.append(bars);
  // Label about eight months at most, always including the first and the last.
  const labelY = height - 8;
  const step = Math.ceil(points.length / 8);
  points.forEach((point, index) => {
    const isLast = index === points.length - 1;
    if (index % step !== 0 && !isLast) return;
    if (!isLast && index + step > points.length - 1 && index !== 0) return;
    axis.append(svg('text', { x: margin.left + index * slot + slot / 2, y: labelY, 'text-anchor': 'middle', text: point.month }));
  });
  return chart;
}
