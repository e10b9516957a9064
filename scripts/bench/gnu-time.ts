/**
 * GNU time, where installed, reports the CPU seconds and the largest resident memory of a
 * command and of every process it waits for, which Node cannot tell of a child process.
 */
import { existsSync, readFileSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';

/** The command to run instead, writing GNU time's report to reportFile; the command as it is without GNU time. */
export function underGnuTime(command: string[], reportFile: string): string[] {
	return existsSync(GNU_TIME) ? [GNU_TIME, '-f', '%U %S %M', '-o', reportFile, ...command] : command;
}

/** CPU seconds (user + system) and peak resident KB from the report, if GNU time wrote one. */
export function readGnuTime(reportFile: string): { cpuSeconds: number; maxKB: number } | undefined {
	if (!existsSync(reportFile)) return undefined;
	// A failed command adds a line before the figures ("Command exited with non-zero status 1").
	const [user = 0, system = 0, maxKB = 0] = readFileSync(reportFile, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
	return { cpuSeconds: user + system, maxKB };
}
