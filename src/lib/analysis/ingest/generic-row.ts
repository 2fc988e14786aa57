/**
 * One row of an analyst's file under a ColumnMapping: coordinates (degrees or British National
 * Grid), date and time, offence label, age band and flag columns, or the reason it is rejected.
 */
import { bngToLngLat } from '../geometry/bng';
import { AGE_BAND_KEYS, AGE_BAND_UNKNOWN, FLAG } from '../offences/groups';
import { parseUkDate, withTime, type WallReading } from '../time/uk-date';
import type { RejectCode } from './codes';
import type { ColumnMapping } from './column-mapping';
import { decimalPlaces, parseLocaleNumber } from './locale-number';

/** How coarsely the source gave the coordinate: the rounding half of the precision check. */
export const ROUNDING = { none: 0, to100m: 1, to1km: 2 } as const;

export interface GenericRow {
	lng: number;
	lat: number;
	rounding: number;
	reading: WallReading;
	label: string;
	/** The Home Office offence code cell as written ('' when not mapped). */
	offenceCode: string;
	ageBand: number;
	flags: number;
}

export type RowRead = GenericRow | { reject: RejectCode };

/** Column indices of a mapping in one file's header; -1 where not mapped. */
export interface MappedIndices {
	x: number;
	y: number;
	date: number;
	time: number;
	offence: number;
	offenceCode: number;
	age: number;
	knife: number;
	firearm: number;
	domestic: number;
}

const TRUE_WORDS = new Set(['yes', 'y', 'true', '1', 't']);

/** A flag cell: yes/no/y/n/true/false/1/0 (anything else is no). */
export function flagValue(text: string): boolean {
	return TRUE_WORDS.has(text.trim().toLowerCase());
}

/** Age band code from a number of years or a band label ("18-24", "25+", "25 and over"). */
export function ageBandOf(text: string): number {
	const s = text.trim().toLowerCase().replace(/[\u2013\u2014]/g, '-').replace(/\s+/g, '');
	if (s === '') return AGE_BAND_UNKNOWN;
	if (/^\d{1,3}(\.\d+)?$/.test(s)) {
		const age = Number(s);
		if (age > 120) return AGE_BAND_UNKNOWN;
		return age < 10 ? 0 : age < 18 ? 1 : age < 25 ? 2 : 3;
	}
	const label = s.replace(/andover|plus|orover/, '+');
	const i = (AGE_BAND_KEYS as readonly string[]).indexOf(label);
	return i >= 0 ? i : AGE_BAND_UNKNOWN;
}

function roundingOfDegrees(lngText: string, latText: string): number {
	const places = Math.max(decimalPlaces(lngText), decimalPlaces(latText));
	// 0.01 degrees is about 1.1 km of latitude (0.7 km of longitude in Kent); 0.001 about 100 m.
	return places <= 2 ? ROUNDING.to1km : places <= 3 ? ROUNDING.to100m : ROUNDING.none;
}

function roundingOfGrid(e: number, n: number): number {
	if (e % 1000 === 0 && n % 1000 === 0) return ROUNDING.to1km;
	return e % 100 === 0 && n % 100 === 0 ? ROUNDING.to100m : ROUNDING.none;
}

export class GenericRowReader {
	constructor(
		private readonly mapping: ColumnMapping,
		private readonly at: MappedIndices
	) {}

	/** Reads a row; `point` is a GeoJSON feature's [lng, lat] when the mapping takes the geometry. */
	read(field: (i: number) => string, point?: readonly [number, number]): RowRead {
		const { mapping: m, at } = this;
		let lng: number;
		let lat: number;
		let rounding: number;
		if (m.coordinates.kind === 'geometry') {
			if (!point) return { reject: 'not_a_point' };
			[lng, lat] = point;
			rounding = roundingOfDegrees(String(lng), String(lat));
		} else {
			const xs = field(at.x);
			const ys = field(at.y);
			if (xs.trim() === '' || ys.trim() === '') return { reject: 'no_coordinates' };
			const x = parseLocaleNumber(xs, m.decimal);
			const y = parseLocaleNumber(ys, m.decimal);
			if (x === 0 && y === 0) return { reject: 'zero_coordinates' };
			if (m.coordinates.kind === 'bng') {
				[lng, lat] = bngToLngLat(x, y);
				rounding = roundingOfGrid(x, y);
			} else {
				lng = x;
				lat = y;
				rounding = roundingOfDegrees(xs, ys);
			}
		}
		if (lng === 0 && lat === 0) return { reject: 'zero_coordinates' };
		let reading = parseUkDate(field(at.date));
		if (at.time >= 0) reading = withTime(reading, field(at.time));
		if ('error' in reading) return { reject: reading.error };
		let flags = 0;
		if (at.knife >= 0 && flagValue(field(at.knife))) flags |= FLAG.knife;
		if (at.firearm >= 0 && flagValue(field(at.firearm))) flags |= FLAG.firearm;
		if (at.domestic >= 0 && flagValue(field(at.domestic))) flags |= FLAG.domestic;
		return {
			lng,
			lat,
			rounding,
			reading,
			label: at.offence >= 0 ? field(at.offence) : '',
			offenceCode: at.offenceCode >= 0 ? field(at.offenceCode) : '',
			ageBand: at.age >= 0 ? ageBandOf(field(at.age)) : AGE_BAND_UNKNOWN,
			flags
		};
	}
}
