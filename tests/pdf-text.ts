/** The text a PDF's content streams show (hex strings of Tj operators, decoded as Latin-1): enough to prove text is real, not pixels. */
import { strFromU8, unzlibSync } from 'fflate';

export function pdfText(bytes: Uint8Array): string {
	const raw = strFromU8(bytes, true);
	const out: string[] = [];
	for (const m of raw.matchAll(/stream\r?\n/g)) {
		const start = m.index! + m[0].length;
		const chunk = bytes.subarray(start, raw.indexOf('endstream', start));
		let text: string;
		try {
			text = strFromU8(unzlibSync(chunk), true);
		} catch {
			text = strFromU8(chunk, true);
		}
		for (const t of text.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) out.push(t[1].replace(/../g, (h) => String.fromCharCode(parseInt(h, 16))));
	}
	return out.join('\n');
}
