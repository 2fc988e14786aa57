import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../', import.meta.url).pathname;
const POLICY = "default-src 'self'; script-src 'self' 'sha256-abc='; connect-src 'self'";
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
	writeFileSync(join(build, 'index.html'), `<!doctype html><head><meta http-equiv="content-security-policy" content="${POLICY.replaceAll("'", '&#39;')}"><title>Atlas</title>`);
	writeFileSync(join(build, '_app', 'app.js'), 'console.log("hello");\n'.repeat(200));
	// As adapter-static's precompress leaves them: .br and .gz beside the file.
	mkdirSync(join(build, '_app', 'immutable'));
	const chunk = 'export const x = 1;\n'.repeat(300);
	writeFileSync(join(build, '_app', 'immutable', 'chunk.js'), chunk);
	writeFileSync(join(build, '_app', 'immutable', 'chunk.js.br'), brotliCompressSync(chunk));
	writeFileSync(join(build, '_app', 'immutable', 'chunk.js.gz'), gzipSync(chunk));
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

	it("sends a page's built policy as a header, with frame-ancestors (ignored in a meta tag), and the start page's for other files", async () => {
		const page = await send('GET', '/');
		expect(page.headers['content-security-policy']).toBe(`${POLICY}; frame-ancestors 'none'`);
		expect(page.headers['cache-control']).toBe('no-cache');
		expect((await send('GET', '/_app/app.js')).headers['content-security-policy']).toBe(`${POLICY}; frame-ancestors 'none'`);
		expect((await send('GET', '/missing')).headers['content-security-policy']).toContain("frame-ancestors 'none'");
	});

	it('serves the precompressed file the client takes (brotli first), caching hashed assets for good', async () => {
		const path = '/_app/immutable/chunk.js';
		const br = await send('GET', path, { 'Accept-Encoding': 'gzip, deflate, br' });
		expect([br.headers['content-encoding'], br.headers['cache-control']]).toEqual(['br', 'public, max-age=31536000, immutable']);
		expect(Number(br.headers['content-length'])).toBe(br.body.length);
		const gz = await send('GET', path, { 'Accept-Encoding': 'gzip, br;q=0' });
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gz.body).toString()).toBe('export const x = 1;\n'.repeat(300));
		expect((await send('GET', path)).body.toString()).toBe('export const x = 1;\n'.repeat(300));
	});

	it('survives raw malformed request lines, huge headers and every method, and still answers', async () => {
		const raw = (text: string) =>
			new Promise<string>((resolve) => {
				const socket = connect(PORT, '127.0.0.1', () => socket.end(text));
				let answer = '';
				socket.on('data', (d) => (answer += d));
				socket.on('close', () => resolve(answer));
				socket.on('error', () => resolve(answer));
			});
		for (const line of ['GARBAGE\r\n\r\n', 'GET / HTTP/9.9\r\n\r\n', 'GET\x00/ HTTP/1.1\r\n\r\n', 'GET /%%% HTTP/1.1\r\nHost: x\r\n\r\n', `GET / HTTP/1.1\r\nX-Big: ${'a'.repeat(100_000)}\r\n\r\n`]) {
			expect(await raw(line), JSON.stringify(line.slice(0, 30))).toMatch(/^HTTP\/1\.1 (400|405|431|505)/);
		}
		for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT', 'PROPFIND']) await send(method, '/').catch(() => undefined);
		expect((await send('GET', '/')).status).toBe(200);
	});
});
