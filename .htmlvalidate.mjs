/** html-validate's recommended rules, less two that judge source formatting, not validity. */
export default {
	extends: ['html-validate:recommended'],
	rules: {
		// compressHTML keeps single newlines (they can be meaningful spaces); trailing spaces are harmless there.
		'no-trailing-whitespace': 'off',
		// A paper's page title is its full title, which readers and citation tools need; many exceed 70 characters.
		'long-title': 'off',
	},
};
