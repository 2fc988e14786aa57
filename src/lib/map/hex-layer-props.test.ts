import { describe, expect, it } from 'vitest';
import { hexLayerModel, hexLayerProps, HEX_LAYER_ID, LOW_CLASS, LOW_RGB } from './hex-layer-props';

const cells = ['a', 'b', 'c', 'd', 'e'];
const counts = Uint32Array.from([0, 5, 1, 0, 12]);
const style = { classes: 3, method: 'quantile' as const, opacity: 0.8 };

describe('hexLayerModel', () => {
	const model = hexLayerModel({ cells, counts }, style);

	it('draws only cells with incidents', () => {
		expect(model.data.length).toBe(3);
		expect([...model.data.index]).toEqual([1, 2, 4]);
		expect([...model.data.count]).toEqual([5, 1, 12]);
	});

	it('classes every drawn cell and totals the counts', () => {
		expect(model.classes.map((c) => c.label)).toEqual(['1', '2–5', '6–12']);
		expect([...model.data.classOf]).toEqual([1, 0, 2]);
		expect(model.colours).toHaveLength(3);
		expect(model.total).toBe(18);
		// One cell per class here: 1 (1 incident), 5 (5) and 12 (12), for the legend's counts and shares.
		expect(model.classCells).toEqual([1, 1, 1]);
		expect(model.classIncidents).toEqual([1, 5, 12]);
	});

	it('draws nothing, with no legend classes, when nothing matches', () => {
		const empty = hexLayerModel({ cells, counts: new Uint32Array(5) }, style);
		expect(empty.data.length).toBe(0);
		expect(empty.classes).toEqual([]);
	});

	it('under disclosure control draws hexagons below the threshold in the neutral low class, classed apart', () => {
		const low = hexLayerModel({ cells, counts: Uint32Array.from([0, 5, 1, 4, 12]) }, style, 5);
		expect(low.low).toEqual({ below: 5, cells: 2, incidents: 5 });
		expect([...low.data.classOf].map((k) => (k === LOW_CLASS ? 'low' : k))).toEqual([0, 'low', 'low', 1]);
		// The classes come from the two hexagons at or above the threshold only (5 and 12).
		expect(low.classes.map((c) => c.label)).toEqual(['5', '6–12']);
		const props = hexLayerProps(low, cells, style, { beforeId: 'x', version: 1 });
		expect(props.getFillColor(null, { index: 1 }).slice(0, 3)).toEqual([...LOW_RGB]);
	});

	it('refuses counts that do not match the cells', () => {
		expect(() => hexLayerModel({ cells, counts: new Uint32Array(2) }, style)).toThrow(/2 counts for 5 cells/);
	});
});

describe('hexLayerProps', () => {
	const model = hexLayerModel({ cells, counts }, style);
	const props = hexLayerProps(model, cells, style, { beforeId: 'district-line', version: 3 });

	it('has a stable id and sits beneath the district lines', () => {
		expect(props.id).toBe(HEX_LAYER_ID);
		expect(props.beforeId).toBe('district-line');
	});

	it('reads hexagons and colours by index', () => {
		expect(props.getHexagon(null, { index: 2 })).toBe('e');
		expect(props.getFillColor(null, { index: 2 })).toEqual([...model.colours[2], 204]);
		expect(props.getFillColor(null, { index: 1 })).toEqual([...model.colours[0], 204]);
	});

	it('names what the accessors depend on in updateTriggers', () => {
		expect(props.updateTriggers.getHexagon).toBe(3);
		expect(props.updateTriggers.getFillColor).toEqual([3, 3, 'quantile', 204, 0]);
	});

	it('clamps opacity into 0-1', () => {
		const p = hexLayerProps(model, cells, { ...style, opacity: 2 }, { beforeId: 'x', version: 0 });
		expect(p.getFillColor(null, { index: 0 })[3]).toBe(255);
	});
});
