import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../sites';

/** The git repository the editor saves into during the tests: a copy of the fixture content (global-setup.ts). */
export const REPOSITORY = join(root, 'tests/.output/editor/repository');
export const CONTENT_DIR = join(REPOSITORY, 'content');

/** Runs git in that repository and returns what it prints. */
export const git = (...args: string[]) => execFileSync('git', ['-C', REPOSITORY, ...args], { encoding: 'utf8' }).trim();

/** The sign-in service the copy's site.yaml names for the published editor. */
export const SIGN_IN = 'https://sign-in.fixture.example';
