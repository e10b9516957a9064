interface ImportMetaEnv {
	/** True in `astro dev` only: show drafts and embargoed entries, badged (src/integrations/editors-preview.ts). */
	readonly EDITORS_PREVIEW: boolean;
}
