// @ts-check
/** The actor graph: actors on a circle, a line for each pair that shares an event. */
import { h, link, s } from '../dom.js';
import { displayName } from '../names.js';

const SIZE = 420;
const RADIUS = 150;

/**
 * @param {{ nodes: any[], edges: any[] }} graph
 * @param {Record<string, any>} entities
 */
export function actorGraph(graph, entities) {
  if (graph.nodes.length === 0) return h('p', { class: 'empty' }, 'No actors: no event of this story names who took part.');
  /** @type {Map<string, [number, number]>} */
  const at = new Map();
  graph.nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / graph.nodes.length - Math.PI / 2;
    at.set(node.id, graph.nodes.length === 1 ? [SIZE / 2, SIZE / 2] : [SIZE / 2 + RADIUS * Math.cos(angle), SIZE / 2 + RADIUS * Math.sin(angle)]);
  });
  const edges = graph.edges.map((e) => {
    const [x1, y1] = at.get(e.source) ?? [0, 0];
    const [x2, y2] = at.get(e.target) ?? [0, 0];
    return s('line', { class: 'edge', x1, y1, x2, y2, 'stroke-width': Math.min(1 + e.events.length, 6) }, s('title', {}, `${e.types.join(', ')} (${e.events.length} event${e.events.length === 1 ? '' : 's'})`));
  });
  const nodes = graph.nodes.map((node) => {
    const [x, y] = at.get(node.id) ?? [0, 0];
    const name = displayName(entities[node.id], node.name);
    const anchor = x < SIZE / 2 - 10 ? 'end' : x > SIZE / 2 + 10 ? 'start' : 'middle';
    const dx = anchor === 'end' ? -10 : anchor === 'start' ? 10 : 0;
    return s(
      'a',
      { href: link('entity', node.id), class: 'node', 'aria-label': `${name}: ${node.events} event${node.events === 1 ? '' : 's'}` },
      s('circle', { cx: x, cy: y, r: 7 + Math.min(node.events, 5) * 2 }),
      s('text', { x: x + dx, y: y < SIZE / 2 ? y - 14 : y + 24, 'text-anchor': anchor }, name),
    );
  });
  const svg = s('svg', { class: 'graph', viewBox: `-120 0 ${SIZE + 240} ${SIZE}`, role: 'img', 'aria-label': `Actor graph: ${graph.nodes.length} actors, ${graph.edges.length} links` }, s('g', {}, edges), s('g', {}, nodes));
  const note = graph.edges.length === 0 ? h('p', { class: 'note' }, 'No event of this story joins two actors yet; each actor stands alone.') : null;
  return h('figure', { class: 'graph-figure' }, svg, note, h('figcaption', {}, `${graph.nodes.length} actors; a line joins two actors that take part in the same event (hover for the event types).`));
}
