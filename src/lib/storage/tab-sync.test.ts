import { describe, expect, it } from 'vitest';
import { broadcastTabSync, type TabMessage } from './tab-sync';

describe('broadcastTabSync', () => {
	it("carries a message to the other tabs' channels, never back to the sender", async () => {
		const name = `atlas-test-${Math.random()}`;
		const [a, b, c] = [broadcastTabSync(name), broadcastTabSync(name), broadcastTabSync(name)];
		const heard: Record<string, TabMessage[]> = { a: [], b: [], c: [] };
		a.listen((m) => heard.a.push(m));
		b.listen((m) => heard.b.push(m));
		const stop = c.listen((m) => heard.c.push(m));
		stop();
		a.post({ kind: 'datasets', removed: ['imp-1'] });
		await new Promise((r) => setTimeout(r, 50));
		expect(heard).toEqual({ a: [], b: [{ kind: 'datasets', removed: ['imp-1'] }], c: [] });
		for (const t of [a, b, c]) t.close();
	});
});
