/**
 * Reads the demo's inputs from the text of committed data/ files, the same way in Node (CLI, tests) and
 * in the browser worker: police.uk violence points, district populations, schools, stations and towns.
 */
import { readRecords } from '../text/data-table';
import { DISTRICTS } from '../geography/districts';
import type { AreaIndex } from '../spatial/area-index';
import type { DemoInputs } from './generate';
import type { LngLat } from '../geometry/lng-lat';
import type { DemoPoint } from './places';

export interface DemoInputTexts {
	/** data/demo/violence-points.csv */
	points: string;
	/** data/tables/districts.csv */
	districts: string;
	/** data/places/schools.geojson */
	schools: string;
	/** data/places/stations.geojson */
	stations: string;
	/** data/basemap/place-labels.geojson */
	placeLabels: string;
}

/** Towns of these tiers (about 5,000+ residents) count as town centres with a night-time economy. */
const TOWN_CENTRE_MAX_TIER = 3;

interface PointCollection {
	features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: number[] } }[];
}

function points(text: string, keep: (p: Record<string, unknown>) => boolean = () => true): LngLat[] {
	const collection = JSON.parse(text) as PointCollection;
	return collection.features
		.filter((f) => f.geometry.type === 'Point' && keep(f.properties))
		.map((f) => [f.geometry.coordinates[0], f.geometry.coordinates[1]] as const);
}

export function parseDemoInputs(texts: DemoInputTexts, areas: AreaIndex): DemoInputs {
	const districtIndex = new Map(DISTRICTS.map((d, i) => [d.code, i]));
	const demoPoints: DemoPoint[] = readRecords(texts.points).map((r, i) => {
		const district = districtIndex.get(r.district);
		if (district === undefined) throw new Error(`violence-points.csv row ${i + 2}: unknown district ${r.district}`);
		return { lng: Number(r.lng), lat: Number(r.lat), weight: Number(r.weight), district };
	});
	const population = new Array<number>(DISTRICTS.length).fill(0);
	for (const r of readRecords(texts.districts)) {
		const i = districtIndex.get(r.code);
		if (i !== undefined) population[i] = Number(r.population);
	}
	if (population.some((p) => !(p > 0))) throw new Error('districts.csv lacks a population for some district');
	return {
		points: demoPoints,
		districtPopulation: population,
		hubs: [...points(texts.schools, (p) => p.status !== 'closed'), ...points(texts.stations)],
		townCentres: points(texts.placeLabels, (p) => typeof p.tier === 'number' && p.tier <= TOWN_CENTRE_MAX_TIER),
		inside: (lng, lat) => areas.locate(lng, lat) !== -1
	};
}
