/**
 * npm run guide: writes EDITING.md, the editors' guide, from the schemas
 * (src/tooling/editors-guide.ts). A test fails when the committed file is behind them.
 */
import '../src/lib/build/load-src.ts';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = fileURLToPath(new URL('../EDITING.md', import.meta.url));
const { collections } = await import('../src/content.config.ts');
const { editorsGuide } = await import('../src/tooling/editors-guide.ts');
writeFileSync(file, editorsGuide(collections));
console.log('Wrote EDITING.md.');
