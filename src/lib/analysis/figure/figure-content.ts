/** What a composed figure shows, in words and colours: built from the app's state, drawn by the PNG and PDF renderers. */
import type { DisclosureSetting } from '../disclosure/disclosure';
import type { ExportTable } from '../exports/export-table';

export type Rgb = readonly [number, number, number];

export interface LegendItem {
	colour: Rgb;
	label: string;
	/** e.g. "41 hex · 12% of incidents". */
	detail?: string;
}

export interface LegendSpec {
	title: string;
	/** Units and method in words: "Incidents per hexagon, H3 resolution 8 (about 0.74 km²), head/tail breaks". */
	units: string;
	items: LegendItem[];
	/** Lines under the items: totals, what is left out. */
	notes: string[];
}

/** Hour x weekday counts for the matrix inset: 168 values, Monday 00:00 first. */
export interface MatrixInset {
	kind: 'matrix';
	title: string;
	values: ArrayLike<number>;
	/** Shown counts are controlled; a cell under the threshold is drawn in the low colour. */
	lowBelow: number;
}

export type Inset = { kind: 'table'; table: ExportTable; maxRows: number } | MatrixInset;

export interface FigureContent {
	title: string;
	subtitle: string;
	legend: LegendSpec;
	/** The active filters, date range and definition, one item per line. */
	filters: string[];
	/** The disclosure-control line, or null when counts are exact. */
	disclosure: string | null;
	/** The setting itself, which the insets' counts go through. */
	control: DisclosureSetting;
	/** "Data: Synthetic demo data (seed 20240101)". */
	source: string;
	synthetic: boolean;
	attribution: string;
	marking: string;
	appVersion: string;
	checksum: string;
	/** dd/mm/yyyy HH:mm, Europe/London. */
	made: string;
	/** A sentence describing the map for screen readers (PDF subject, and printed small). */
	mapDescription: string;
	inset: Inset | null;
}
