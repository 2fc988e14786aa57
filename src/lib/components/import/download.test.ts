import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from './download';

afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('downloadText', () => {
	it('clicks a temporary link to an object URL, then removes the link and revokes the URL', async () => {
		vi.useFakeTimers();
		const link = { href: '', download: '', hidden: false, click: vi.fn(), remove: vi.fn() };
		const append = vi.fn();
		vi.stubGlobal('document', { createElement: () => link, body: { append } });
		const created: Blob[] = [];
		const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
		vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
			created.push(blob as Blob);
			return 'blob:test';
		});

		downloadText('rows.csv', 'a,b\r\n', 'text/csv');

		expect(link).toMatchObject({ href: 'blob:test', download: 'rows.csv', hidden: true });
		expect(append).toHaveBeenCalledWith(link);
		expect(link.click).toHaveBeenCalledOnce();
		expect(link.remove).toHaveBeenCalledOnce();
		expect(created[0].type).toBe('text/csv;charset=utf-8');
		expect(await created[0].text()).toBe('a,b\r\n');
		expect(revoke).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(revoke).toHaveBeenCalledWith('blob:test');
		vi.restoreAllMocks();
	});
});
