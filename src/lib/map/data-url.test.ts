import { describe, expect, it } from 'vitest';
import { resolveDataUrl } from './data-url';

describe('resolveDataUrl', () => {
	it.each([
		['', 'http://127.0.0.1:4173/', 'http://127.0.0.1:4173/data/'],
		['/atlas', 'http://h/atlas/', 'http://h/atlas/data/'],
		['/atlas', 'http://h/atlas/?view=1#x', 'http://h/atlas/data/'],
		// SvelteKit's relative base as rendered into a page one level down.
		['..', 'http://h/atlas/dev/page', 'http://h/atlas/data/'],
		['.', 'http://h/atlas/', 'http://h/atlas/data/']
	])('base %s on %s gives %s', (base, href, expected) => {
		expect(resolveDataUrl(base, href)).toBe(expected);
	});
});
