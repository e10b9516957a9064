import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtFile, builtPages, outDirOf } from '../built-pages';
import { expect, test } from '../test';

test('every page the build emits is valid HTML', async ({}, testInfo) => {
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const outDir = outDirOf(testInfo);
	for (const path of builtPages(testInfo)) {
		const file = builtFile(outDir, path);
		const report = await validator.validateFile(file);
		const problems = report.results.flatMap((result) =>
			result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
		);
		expect.soft(problems, `HTML errors in ${path}`).toEqual([]);
	}
});
