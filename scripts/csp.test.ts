import { describe, expect, it } from 'vitest';
import { basemapOrigins, cspDirectives } from './csp.mjs';

describe('the built Content-Security-Policy', () => {
	it('lets an offline build reach nothing but itself, and never runs eval or plug-ins', () => {
		const d = cspDirectives({});
		expect(d['connect-src']).toEqual(['self', 'data:', 'blob:']);
		expect(d['script-src']).toEqual(['self']);
		expect(d['object-src']).toEqual(['none']);
		expect(Object.values(d).flat()).not.toContain('unsafe-eval');
	});

	it('adds only the hosts the build names for an online basemap, as origins', () => {
		const env = { ATLAS_BASEMAP_STYLE_URL: 'https://tiles.example.org/styles/v1/style.json?key=abc', ATLAS_BASEMAP_HOSTS: ' https://fonts.example.org/glyphs , https://tiles.example.org ' };
		expect(basemapOrigins(env)).toEqual(['https://tiles.example.org', 'https://fonts.example.org']);
		const d = cspDirectives(env);
		expect(d['connect-src']).toEqual(['self', 'data:', 'blob:', 'https://tiles.example.org', 'https://fonts.example.org']);
		expect(d['img-src']).toContain('https://fonts.example.org');
		expect(() => basemapOrigins({ ATLAS_BASEMAP_HOSTS: 'ftp://x.org' })).toThrow('must be http(s)');
	});

	it('allows WebAssembly compilation under vite dev only', () => {
		expect(cspDirectives({}, { dev: true })['script-src']).toEqual(['self', 'wasm-unsafe-eval']);
	});
});
