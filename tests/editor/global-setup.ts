import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root, SITES } from '../sites';
import { CONTENT_DIR, git, REPOSITORY, SIGN_IN } from './repository';

/**
 * A fresh git repository holding a copy of the fixture content, and `npm run edit` on it
 * on a free port; the workers find it at EDITOR_URL. Returns the teardown that stops it.
 */
export default async function globalSetup() {
	rmSync(REPOSITORY, { recursive: true, force: true });
	mkdirSync(REPOSITORY, { recursive: true });
	cpSync(join(root, SITES.fixtures.contentDir), CONTENT_DIR, { recursive: true });
	// The built copy publishes the editor too, as site.yaml's editor asks: the tests read the built /admin/.
	appendFileSync(join(CONTENT_DIR, 'site.yaml'), `editor:\n  signIn: ${SIGN_IN}\n`);
	git('init', '--quiet', '--initial-branch=main');
	git('config', 'user.name', 'Fixture Editor');
	git('config', 'user.email', 'editor@fixture.example');
	git('add', '.');
	git('commit', '--quiet', '-m', 'The fixture content');

	const server = spawn(process.execPath, ['scripts/edit.ts', '--port', '0', '--content', CONTENT_DIR], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
	const url = await new Promise<string>((done, fail) => {
		let said = '';
		server.stdout.on('data', (part: Buffer) => {
			said += part.toString();
			const address = /http:\/\/localhost:\d+\/admin\//.exec(said)?.[0];
			if (address) done(address);
		});
		server.on('exit', (code) => fail(new Error(`npm run edit stopped (${code}) before it served: ${said}`)));
	});
	process.env['EDITOR_URL'] = url;
	return () => {
		server.kill();
	};
}
