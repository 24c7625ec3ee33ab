/**
 * The actor graph of a set of events: nodes are actors, and an edge joins two actors that take
 * part in the same event (one edge per pair, listing the events).
 */
import type { EventGroup } from '../events/index.js';

/** An actor in the graph. */
export interface GraphNode {
  id: string;
  name: string;
  /** Events the actor takes part in. */
  events: number;
}

/** Two actors and the events they share. */
export interface GraphEdge {
  source: string;
  target: string;
  /** Ids of the event groups joining them. */
  events: string[];
  /** Their event types, distinct, in order of first appearance. */
  types: string[];
}

/** The actor graph. */
export interface ActorGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Builds the actor graph of `groups`. */
export function actorGraph(groups: EventGroup[]): ActorGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const group of groups) {
    for (const actor of group.actors) {
      const node = nodes.get(actor.id) ?? { id: actor.id, name: actor.name, events: 0 };
      node.events++;
      nodes.set(actor.id, node);
    }
    const ids = [...new Set(group.actors.map((a) => a.id))].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]} ${ids[j]}`;
        const edge = edges.get(key) ?? { source: ids[i] ?? '', target: ids[j] ?? '', events: [], types: [] };
        edge.events.push(group.id);
        if (!edge.types.includes(group.type)) edge.types.push(group.type);
        edges.set(key, edge);
      }
    }
  }
  return { nodes: [...nodes.values()].sort((a, b) => b.events - a.events || a.id.localeCompare(b.id)), edges: [...edges.values()] };
}
