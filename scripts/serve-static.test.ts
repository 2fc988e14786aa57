import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../', import.meta.url).pathname;
const PORT = 4300 + Math.floor(Math.random() * 500);
let server: ChildProcess;

function send(method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port: PORT, method, path, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
		});
		req.on('error', reject);
		req.end();
	});
}

beforeAll(async () => {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-serve-'));
	const build = join(dir, 'build');
	mkdirSync(join(build, '_app'), { recursive: true });
	writeFileSync(join(build, 'index.html'), '<!doctype html><title>Atlas</title>');
	writeFileSync(join(build, '_app', 'app.js'), 'console.log("hello");\n'.repeat(200));
	writeFileSync(join(dir, 'secret.txt'), 'not for the web');
	symlinkSync(join(dir, 'secret.txt'), join(build, 'leak.txt'));
	server = spawn('node', ['scripts/serve-static.mjs', build], { cwd: ROOT, env: { ...process.env, PORT: String(PORT) } });
	await new Promise<void>((resolve) => server.stdout!.on('data', () => resolve()));
});

afterAll(() => server.kill());

describe('the static server', () => {
	it('answers malformed requests with 400 and keeps serving (GET /% and GET //[ used to stop it)', async () => {
		expect((await send('GET', '/%')).status).toBe(400);
		expect((await send('GET', '//[')).status).toBe(400);
		expect((await send('GET', '/')).status).toBe(200);
	});

	it('serves only GET and HEAD', async () => {
		for (const method of ['POST', 'DELETE', 'OPTIONS', 'PUT']) {
			const r = await send(method, '/');
			expect([method, r.status, r.headers.allow]).toEqual([method, 405, 'GET, HEAD']);
		}
		const head = await send('HEAD', '/');
		expect([head.status, head.body.length]).toEqual([200, 0]);
	});

	it('never follows a link out of the build', async () => {
		expect((await send('GET', '/leak.txt')).status).toBe(404);
		expect((await send('GET', '/../secret.txt')).status).toBe(404);
	});

	it('sends the security headers, and compresses text for clients that accept gzip', async () => {
		const r = await send('GET', '/_app/app.js', { 'Accept-Encoding': 'gzip, deflate' });
		expect(r.headers['x-content-type-options']).toBe('nosniff');
		expect(r.headers['referrer-policy']).toBe('no-referrer');
		expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(r.headers['permissions-policy']).toContain('camera=()');
		expect(r.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(r.body).toString()).toContain('console.log("hello");');
		expect(r.body.length).toBeLessThan(200 * 22);
		expect((await send('GET', '/_app/app.js')).headers['content-encoding']).toBeUndefined();
	});
});
