import { describe, expect, it, vi } from 'vitest';
import { DeckRegistry } from './deck-registry';

describe('DeckRegistry', () => {
	it('draws the union of registered layers in the declared order, whatever order they register in', () => {
		const changed = vi.fn();
		const registry = new DeckRegistry<{ id: string }>(changed);
		registry.set('overlayHexagons', { layer: { id: 'b' } });
		registry.set('hexagons', { layer: { id: 'a' } });
		expect(registry.layers().map((l) => l.id)).toEqual(['a', 'b']);
		registry.set('hexagons', null);
		expect(registry.layers().map((l) => l.id)).toEqual(['b']);
		registry.set('hexagons', null);
		expect(changed).toHaveBeenCalledTimes(3);
	});

	it('sends a hover to the layer under the pointer and null to the others, and a click to that layer only', () => {
		const registry = new DeckRegistry<{ id: string }>();
		const a = { hover: vi.fn(), click: vi.fn() };
		const b = { hover: vi.fn(), click: vi.fn() };
		registry.set('hexagons', { layer: { id: 'a' }, onHover: a.hover, onClick: a.click });
		registry.set('overlayHexagons', { layer: { id: 'b' }, onHover: b.hover, onClick: b.click });
		registry.hover({ layer: { id: 'b' }, index: 4, x: 10, y: 20 });
		expect(a.hover).toHaveBeenLastCalledWith(null);
		expect(b.hover).toHaveBeenLastCalledWith({ index: 4, x: 10, y: 20 });
		registry.hover({ layer: null, index: -1, x: 0, y: 0 });
		expect(b.hover).toHaveBeenLastCalledWith(null);
		registry.click({ layer: { id: 'a' }, index: 2, x: 1, y: 1 });
		expect(a.click).toHaveBeenCalledWith({ index: 2, x: 1, y: 1 });
		expect(b.click).not.toHaveBeenCalled();
	});
});
