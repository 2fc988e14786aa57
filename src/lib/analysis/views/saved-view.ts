/**
 * A saved view: the link's state (filters, layer, position, dataset name; never incident data) with a title
 * and a note, and what a colleague needs to reproduce it: the dataset's label and, for an import, its files.
 * Views travel as a JSON file; reading one back checks every field and reports what it cannot use.
 */
import { paramsToView } from '../filters/url-state';

export interface SavedView {
	id: string;
	title: string;
	note: string;
	/** The view's query string, as the link carries it. */
	query: string;
	savedAt: number;
	/** The dataset's label when saved ("Synthetic demo data (seed 20240101)"). */
	datasetLabel?: string;
	/** For an import: the files it was made from, so someone without it knows what to import. */
	files?: string[];
}

export const VIEWS_FILE_FORMAT = 'hotspot-atlas-views';
export const VIEWS_FILE_VERSION = 1;

export function viewsToJson(views: readonly SavedView[]): string {
	return `${JSON.stringify({ format: VIEWS_FILE_FORMAT, version: VIEWS_FILE_VERSION, views }, null, '\t')}\n`;
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** Views from a file; each one that cannot be used is named with the reason, the rest are kept. */
export function parseViewsJson(text: string): { views: SavedView[]; problems: string[] } {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { views: [], problems: ['The file is not JSON.'] };
	}
	const file = value as { format?: unknown; version?: unknown; views?: unknown };
	if (file?.format !== VIEWS_FILE_FORMAT || !Array.isArray(file.views)) return { views: [], problems: [`The file is not a saved-views file (format "${VIEWS_FILE_FORMAT}").`] };
	if (file.version !== VIEWS_FILE_VERSION) return { views: [], problems: [`Saved-views file version ${String(file.version)} is not one this app reads (${VIEWS_FILE_VERSION}).`] };
	const views: SavedView[] = [];
	const problems: string[] = [];
	file.views.forEach((v: Record<string, unknown>, i: number) => {
		const name = isString(v?.title) && v.title ? `"${v.title}"` : `view ${i + 1}`;
		if (!isString(v?.id) || !isString(v.title) || !isString(v.query) || typeof v.savedAt !== 'number') return problems.push(`${name}: needs an id, a title, a query and a save time.`);
		const { problems: bad } = paramsToView(v.query);
		if (bad.length) return problems.push(`${name}: its link has ${bad.map((p) => `${p.param} (${p.reason})`).join(', ')}.`);
		const files = Array.isArray(v.files) ? v.files.filter(isString) : undefined;
		views.push({ id: v.id, title: v.title.slice(0, 200), note: isString(v.note) ? v.note.slice(0, 2000) : '', query: v.query, savedAt: v.savedAt, datasetLabel: isString(v.datasetLabel) ? v.datasetLabel : undefined, files });
	});
	return { views, problems };
}

/** What to load before a view can be shown, in words; null when its dataset is the one loaded or it names none. */
export function datasetNeeded(view: SavedView, loaded: string | null): string | null {
	const wanted = new URLSearchParams(view.query).get('ds');
	if (!wanted || wanted === loaded) return null;
	if (wanted.startsWith('synthetic-')) return `Load the synthetic demo (seed ${wanted.slice('synthetic-'.length)}).`;
	if (wanted.startsWith('policeuk-')) return `Load the police.uk sample (${view.datasetLabel ?? wanted}).`;
	const files = view.files?.length ? `: import ${view.files.join(', ')}` : '';
	return `"${view.title}" was made from ${view.datasetLabel ?? 'an import'} (${wanted}), which is not in this browser${files}.`;
}
