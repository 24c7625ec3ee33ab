/**
 * The offline world map: Natural Earth country outlines from the packaged `world-atlas`
 * (countries-110m TopoJSON), projected once to SVG paths in an equirectangular projection, with a
 * centroid per country so country entities (`gpe:JP`) can be placed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Map width in SVG units: two units per degree of longitude. */
export const MAP_WIDTH = 720;
/** Map height in SVG units: two units per degree of latitude. */
export const MAP_HEIGHT = 360;

/** One country outline. */
export interface CountryShape {
  /** ISO 3166-1 numeric code as world-atlas gives it (`392`), or null for unassigned areas. */
  id: string | null;
  name: string;
  /** SVG path data in map units. */
  d: string;
  /** Centre of the country's largest polygon, [lon, lat]. */
  centroid: [number, number] | null;
}

/** The projected world. */
export interface WorldMap {
  width: number;
  height: number;
  countries: CountryShape[];
}

/** Projects lon/lat to map units. */
export function project(lon: number, lat: number): [number, number] {
  return [round((lon + 180) * (MAP_WIDTH / 360)), round((90 - lat) * (MAP_HEIGHT / 180))];
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

type Ring = number[][];

/** SVG path of a ring; a step across the antimeridian starts a new subpath instead of a line across the map. */
function ringPath(ring: Ring): string {
  let previous: number | null = null;
  let wraps = false;
  const parts = ring.map(([lon = 0, lat = 0]) => {
    const jump = previous !== null && Math.abs(lon - previous) > 180;
    wraps ||= jump;
    const command = previous === null || jump ? 'M' : 'L';
    previous = lon;
    return `${command}${project(lon, lat).join(',')}`;
  });
  return parts.join('') + (wraps ? '' : 'Z');
}

/** Planar area-weighted centroid and absolute area of a ring (lon/lat degrees). */
function ringCentroid(ring: Ring): { area: number; c: [number, number] } {
  let a = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0 = 0, y0 = 0] = ring[i] ?? [];
    const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
    const f = x0 * y1 - x1 * y0;
    a += f;
    x += (x0 + x1) * f;
    y += (y0 + y1) * f;
  }
  if (a === 0) return { area: 0, c: [ring[0]?.[0] ?? 0, ring[0]?.[1] ?? 0] };
  return { area: Math.abs(a / 2), c: [x / (3 * a), y / (3 * a)] };
}

let cached: WorldMap | null = null;

/** The projected world map (computed on first use, then kept). */
export function worldMap(): WorldMap {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const shapes: CountryShape[] = [];
  for (const f of collection.features) {
    const g = f.geometry;
    if (!g) continue;
    const polygons: Ring[][] = g.type === 'Polygon' ? [g.coordinates as Ring[]] : g.type === 'MultiPolygon' ? (g.coordinates as Ring[][]) : [];
    let best: { area: number; c: [number, number] } | null = null;
    for (const polygon of polygons) {
      const outer = polygon[0];
      if (!outer) continue;
      const c = ringCentroid(outer);
      if (!best || c.area > best.area) best = c;
    }
    shapes.push({
      id: f.id === undefined ? null : String(f.id),
      name: f.properties?.name ?? '',
      d: polygons.flatMap((p) => p.map(ringPath)).join(''),
      centroid: best ? [round(best.c[0]), round(best.c[1])] : null,
    });
  }
  cached = { width: MAP_WIDTH, height: MAP_HEIGHT, countries: shapes };
  return cached;
}

/** Centroid [lon, lat] of the country with this ISO 3166-1 alpha-2 code, or null. */
export function countryCentroid(alpha2: string): [number, number] | null {
  const numeric = countries.alpha2ToNumeric(alpha2);
  if (!numeric) return null;
  return worldMap().countries.find((c) => c.id === numeric)?.centroid ?? null;
}
