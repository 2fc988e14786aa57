/** Greedy line breaking by measured width, shared by the PNG and PDF renderers (each measures with its own font). */

/** Width of `text` in layout units at `size` units. */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** Lines of at most `width`; a word longer than a line is cut; at most `maxLines`, the last ending in "…" when cut short. */
export function wrapText(text: string, width: number, size: number, bold: boolean, measure: Measure, maxLines = Infinity): string[] {
	const lines: string[] = [];
	let line = '';
	const push = (l: string) => lines.push(l);
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (measure(candidate, size, bold) <= width) {
			line = candidate;
			continue;
		}
		if (line) push(line);
		line = word;
		// A single word wider than the line (a long URL or code) is cut where it no longer fits.
		while (measure(line, size, bold) > width && line.length > 1) {
			let cut = line.length - 1;
			while (cut > 1 && measure(line.slice(0, cut), size, bold) > width) cut--;
			push(line.slice(0, cut));
			line = line.slice(cut);
		}
	}
	if (line) push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = `${kept[maxLines - 1]}…`;
	while (measure(last, size, bold) > width && last.length > 2) last = `${last.slice(0, -2)}…`;
	kept[maxLines - 1] = last;
	return kept;
}
