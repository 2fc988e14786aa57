import { describe, expect, it } from 'vitest';
import { attributionHtml } from './attribution';

describe('attributionHtml', () => {
	it('escapes markup so a credit cannot inject HTML', () => {
		expect(attributionHtml([{ id: 'x', text: '© A & B <b>"c"</b>' }])).toEqual([
			'© A &amp; B &lt;b&gt;&quot;c&quot;&lt;/b&gt;'
		]);
	});

	it('keeps the order given', () => {
		const lines = [
			{ id: 'a', text: 'first' },
			{ id: 'b', text: 'second' }
		];
		expect(attributionHtml(lines)).toEqual(['first', 'second']);
	});
});
