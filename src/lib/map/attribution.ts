/** One credit line the map must show, as data/attribution.json lists them. */
export interface AttributionLine {
	id: string;
	text: string;
}

/** Escapes a credit for MapLibre's attribution control, which inserts the strings as HTML. */
export function attributionHtml(lines: readonly AttributionLine[]): string[] {
	const escape = (s: string) =>
		s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
	return lines.map((line) => escape(line.text));
}
