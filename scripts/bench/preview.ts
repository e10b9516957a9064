/**
 * Serves a built site with `astro preview` (Vite's static server), in its own process, so
 * this site and a peer are served the same way: the same server, the same compression.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface Preview {
	/** e.g. http://127.0.0.1:4399 (no trailing slash) */
	base: string;
	stop(): Promise<void>;
}

/** A port nobody is listening on now: the preview server would pick another one silently. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	await new Promise((resolve) => server.close(resolve));
	if (!address || typeof address === 'string') throw new Error('Could not find a free port.');
	return address.port;
}

/** Starts `astro preview` for the site at root (its own Astro) serving outDir; resolves once it listens. */
export async function startPreview(root: string, outDir: string, env: Record<string, string> = {}): Promise<Preview> {
	const port = await freePort();
	const astro = join(root, 'node_modules/astro/bin/astro.mjs');
	const child = spawn(process.execPath, [astro, 'preview', '--root', root, '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port)], {
		cwd: root,
		env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	const base = await new Promise<string>((resolve, reject) => {
		const onData = (chunk: Buffer) => {
			output += chunk.toString('utf8');
			const url = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
			if (url) resolve(`http://127.0.0.1:${url[1]}`);
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('close', (code) => reject(new Error(`astro preview for ${root} exited (${code}) before serving:\n${output}`)));
	});
	return {
		base,
		stop: async () => {
			if (child.exitCode !== null) return;
			const closed = new Promise((resolve) => child.on('close', resolve));
			child.kill();
			await closed;
		},
	};
}
