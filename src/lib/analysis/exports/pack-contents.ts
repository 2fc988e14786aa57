/** The contents page of a briefing pack: one entry per saved view with its note, link, dataset and files. */
import type { SavedView } from '../views/saved-view';

export interface PackEntry {
	view: SavedView;
	/** Folder in the zip, e.g. "01-medway-evenings". */
	folder: string;
	files: string[];
	/** Why the view is missing from the pack (its dataset not here), or null. */
	skipped: string | null;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function packFolder(index: number, title: string): string {
	return `${String(index + 1).padStart(2, '0')}-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'view'}`;
}

/** A self-contained HTML page (no scripts, no remote resources). */
export function packContents(entries: readonly PackEntry[], meta: { made: string; marking: string; appVersion: string; appUrl: string }): string {
	const items = entries
		.map(({ view, folder, files, skipped }) => {
			const link = `${meta.appUrl}?${view.query}`;
			const body = skipped
				? `<p><strong>Not in this pack:</strong> ${escape(skipped)}</p>`
				: `<ul>${files.map((f) => `<li><a href="${escape(`${folder}/${f}`)}">${escape(f)}</a></li>`).join('')}</ul>`;
			return `<li><h2>${escape(view.title)}</h2>${view.note ? `<p>${escape(view.note)}</p>` : ''}<p>Data: ${escape(view.datasetLabel ?? 'not recorded')}. Link: <code>${escape(link)}</code></p>${body}</li>`;
		})
		.join('\n');
	return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Briefing pack</title>
<style>body{font-family:sans-serif;max-width:50rem;margin:2rem auto;line-height:1.4}.marking{text-align:center;font-weight:bold}code{word-break:break-all}</style></head>
<body>${meta.marking ? `<p class="marking">${escape(meta.marking.toUpperCase())}</p>` : ''}
<h1>Briefing pack</h1>
<p>Made ${escape(meta.made)} with Hotspot Atlas ${escape(meta.appVersion)}. Each view has a figure and its tables; every table starts with its source, filters, definition, disclosure setting and dataset checksum.</p>
<ol>
${items}
</ol>
${meta.marking ? `<p class="marking">${escape(meta.marking.toUpperCase())}</p>` : ''}
</body></html>
`;
}
