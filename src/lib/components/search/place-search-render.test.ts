import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { parsePlaceIndex } from '$lib/analysis/search/place-index';
import { fixtureFile } from '$lib/analysis/search/test-fixture';
import PlaceSearch from './PlaceSearch.svelte';

const noop = () => {};
const attribute = (html: string, name: string, tag: string) => new RegExp(`<${tag}[^>]*\\s${name}="([^"]*)"`).exec(html)?.[1];

describe('PlaceSearch (server render)', () => {
	it('is a labelled combobox that controls a listbox, closed while empty', () => {
		const { body } = render(PlaceSearch, { props: { index: parsePlaceIndex(fixtureFile()), onpick: noop } });
		const inputId = attribute(body, 'id', 'input');
		expect(body).toContain(`<label for="${inputId}">Find a place</label>`);
		expect(attribute(body, 'role', 'input')).toBe('combobox');
		expect(attribute(body, 'aria-expanded', 'input')).toBe('false');
		expect(attribute(body, 'aria-autocomplete', 'input')).toBe('list');
		expect(attribute(body, 'aria-controls', 'input')).toBe(attribute(body, 'id', 'ul'));
		expect(attribute(body, 'role', 'ul')).toBe('listbox');
		expect(body).toMatch(/<ul[^>]*hidden/);
		expect(body).not.toContain('aria-activedescendant');
		expect(body).toContain('role="status"');
		expect(body).not.toContain('Shift+Enter');
	});

	it('mentions Shift+Enter only when the district can be set, and shows a load failure', () => {
		const { body } = render(PlaceSearch, { props: { index: null, onpick: noop, onsetdistrict: noop, error: 'Place search could not be loaded: 404' } });
		expect(body).toContain('Shift+Enter also shows only its district');
		expect(body).toContain('Place search could not be loaded: 404');
		expect(body).not.toContain('data-testid="place-search-district"');
	});
});
