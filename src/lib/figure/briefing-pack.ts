/**
 * A briefing pack: every saved view opened in turn, drawn as a figure, with its tables, zipped with a contents
 * page. The view on screen is put back afterwards.
 */
import { zipSync, strToU8 } from 'fflate';
import { packContents, packFolder, type PackEntry } from '$lib/analysis/exports/pack-contents';
import type { SavedView } from '$lib/analysis/views/saved-view';

export interface PackSteps {
	views: readonly SavedView[];
	/** Opens a view; false when its dataset is not here. */
	open: (view: SavedView) => Promise<boolean>;
	/** Waits until the map and its answers reflect the view. */
	settle: () => Promise<void>;
	figure: (view: SavedView) => Promise<{ name: string; blob: Blob }>;
	/** The tables of the view on screen, as files. */
	tables: () => Promise<{ name: string; blob: Blob }[]>;
	/** Why a view could not be opened, in words. */
	why: (view: SavedView) => string;
	restore: () => Promise<void>;
	meta: { made: string; marking: string; appVersion: string; appUrl: string };
}

export async function makeBriefingPack(steps: PackSteps, onprogress: (step: string) => void): Promise<{ name: string; blob: Blob }> {
	const files: Record<string, Uint8Array> = {};
	const entries: PackEntry[] = [];
	try {
		for (const [i, view] of steps.views.entries()) {
			const folder = packFolder(i, view.title);
			onprogress(`View ${i + 1} of ${steps.views.length}: ${view.title}…`);
			if (!(await steps.open(view))) {
				entries.push({ view, folder, files: [], skipped: steps.why(view) });
				continue;
			}
			await steps.settle();
			const made = [await steps.figure(view), ...(await steps.tables())];
			for (const f of made) files[`${folder}/${f.name}`] = new Uint8Array(await f.blob.arrayBuffer());
			entries.push({ view, folder, files: made.map((f) => f.name), skipped: null });
		}
	} finally {
		onprogress('Putting the view back…');
		await steps.restore();
	}
	files['contents.html'] = strToU8(packContents(entries, steps.meta));
	onprogress('Zipping…');
	// PNG, PDF and XLSX are compressed already; level 6 still shrinks the CSVs and the contents page.
	const zip = zipSync(files, { level: 6 });
	return { name: 'briefing-pack.zip', blob: new Blob([zip as BlobPart], { type: 'application/zip' }) };
}
