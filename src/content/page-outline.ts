import type { ArticleLink } from '@/src/epaper/types';

const OUTLINE_ID = 'xbzd-outline';

/**
 * Outlines an article's hot-zone on the layout page's picture (the PagePicMap), scaled to the
 * picture as displayed. An SVG overlay positioned over the image; pointer events pass through.
 */
export function outlineArea(area: ArticleLink['area'] | null): void {
  document.getElementById(OUTLINE_ID)?.remove();
  if (!area || area.coords.length < 3) return;
  const img = document.querySelector<HTMLImageElement>('img[usemap]');
  if (!img) return;
  const box = img.getBoundingClientRect();
  const sx = box.width / (img.naturalWidth || box.width);
  const sy = box.height / (img.naturalHeight || box.height);
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.id = OUTLINE_ID;
  svg.setAttribute('width', String(box.width));
  svg.setAttribute('height', String(box.height));
  Object.assign(svg.style, {
    position: 'absolute',
    left: `${box.left + scrollX}px`,
    top: `${box.top + scrollY}px`,
    pointerEvents: 'none',
    zIndex: '2147483000',
  });
  const c = area.coords;
  let shape: SVGElement;
  if (area.shape.toLowerCase().startsWith('rect') && c.length >= 4) {
    shape = document.createElementNS(ns, 'rect');
    shape.setAttribute('x', String(Math.min(c[0]!, c[2]!) * sx));
    shape.setAttribute('y', String(Math.min(c[1]!, c[3]!) * sy));
    shape.setAttribute('width', String(Math.abs(c[2]! - c[0]!) * sx));
    shape.setAttribute('height', String(Math.abs(c[3]! - c[1]!) * sy));
  } else if (area.shape.toLowerCase().startsWith('circ')) {
    shape = document.createElementNS(ns, 'circle');
    shape.setAttribute('cx', String(c[0]! * sx));
    shape.setAttribute('cy', String(c[1]! * sy));
    shape.setAttribute('r', String(c[2]! * Math.min(sx, sy)));
  } else {
    shape = document.createElementNS(ns, 'polygon');
    const points: string[] = [];
    for (let i = 0; i + 1 < c.length; i += 2) points.push(`${c[i]! * sx},${c[i + 1]! * sy}`);
    shape.setAttribute('points', points.join(' '));
  }
  shape.setAttribute('fill', 'rgba(179, 38, 30, 0.12)');
  shape.setAttribute('stroke', '#b3261e');
  shape.setAttribute('stroke-width', '3');
  svg.append(shape);
  document.body.append(svg);
}
