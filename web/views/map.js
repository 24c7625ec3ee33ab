// @ts-check
/** The map of event places and datelines over Natural Earth country outlines (equirectangular). */
import { worldMap } from '../api.js';
import { h, link, s } from '../dom.js';
import { displayName } from '../names.js';

/** Smallest window shown, in map units (2 per degree), so a single city still shows its region. */
const MIN_SPAN = 40;

/** @param {number} lon @param {number} lat @param {any} world */
function project(lon, lat, world) {
  return [((lon + 180) * world.width) / 360, ((90 - lat) * world.height) / 180];
}

/**
 * @param {{ points: any[], unplaced: string[] }} places
 * @param {Record<string, any>} entities
 */
export async function placeMap(places, entities) {
  const world = await worldMap();
  const xy = places.points.map((p) => project(p.lon, p.lat, world));
  let box = [0, 0, world.width, world.height];
  if (xy.length) {
    const xs = xy.map(([x]) => x);
    const ys = xy.map(([, y]) => y);
    const w = Math.max(Math.max(...xs) - Math.min(...xs), MIN_SPAN) * 1.4;
    const hgt = Math.max(Math.max(...ys) - Math.min(...ys), MIN_SPAN / 2) * 1.4;
    const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
    const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
    box = [cx - w / 2, cy - hgt / 2, w, hgt];
  }
  const unit = box[2] / 400;
  /** @type {[number, number, number, number][]} */
  const taken = [];
  /** The y of a label near (x, y) that overlaps no label placed before (labels are ~0.6em per character). */
  const labelY = (/** @type {number} */ x, /** @type {number} */ y, /** @type {string} */ text) => {
    const w = text.length * unit * 7.5;
    const hgt = unit * 14;
    for (const step of [0, 1, -1, 2, -2, 3, -3]) {
      const top = y + step * hgt;
      if (!taken.some(([x0, y0, w0, h0]) => x < x0 + w0 && x0 < x + w && top < y0 + h0 && y0 < top + hgt)) {
        taken.push([x, top, w, hgt]);
        return top;
      }
    }
    return y;
  };
  const svg = s(
    'svg',
    { class: 'map', viewBox: box.map((n) => n.toFixed(1)).join(' '), role: 'img', 'aria-label': `Map of ${places.points.length} places` },
    s('rect', { class: 'sea', x: -720, y: -360, width: 2160, height: 1080 }),
    s('g', { class: 'countries', 'stroke-width': unit }, world.countries.map((/** @type {any} */ c) => s('path', { d: c.d }, s('title', {}, c.name)))),
    s(
      'g',
      { class: 'points' },
      places.points.map((p, i) => {
        const [x, y] = xy[i] ?? [0, 0];
        const name = displayName(entities[p.entity], p.name);
        return s(
          'a',
          { href: link('entity', p.entity), class: `point ${p.kinds.join(' ')}`, 'aria-label': `${name}: ${p.kinds.join(' and ')}` },
          s('circle', { cx: x, cy: y, r: unit * (4 + Math.min(p.count, 6)), 'stroke-width': unit }),
          s('text', { x: x + unit * 9, y: labelY(x + unit * 9, y - unit * 9, name) + unit * 11, 'font-size': unit * 13 }, name),
        );
      }),
    ),
  );
  return h(
    'figure',
    { class: 'map-figure' },
    svg,
    h('figcaption', {}, places.points.length ? 'Filled: place of an event; ringed: dateline of an item. Country outlines: Natural Earth (1:110m).' : 'No place of this story has known coordinates.', places.unplaced.length ? ` Not placed: ${places.unplaced.join(', ')}.` : ''),
  );
}
