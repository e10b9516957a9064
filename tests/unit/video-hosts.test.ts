import { describe, expect, it } from 'vitest';
import { videoHostOf } from '../../src/lib/video-hosts';

describe('a video’s host', () => {
	it('plays YouTube videos in its privacy mode, from either form of address', () => {
		const player = { src: 'https://www.youtube-nocookie.com/embed/abc_DEF-123', origin: 'https://www.youtube-nocookie.com' };
		expect(videoHostOf('https://www.youtube.com/watch?v=abc_DEF-123')).toEqual({ name: 'YouTube', player });
		expect(videoHostOf('https://youtu.be/abc_DEF-123')).toEqual({ name: 'YouTube', player });
	});

	it('plays Vimeo videos without tracking the viewing', () => {
		expect(videoHostOf('https://vimeo.com/900000001')).toEqual({
			name: 'Vimeo',
			player: { src: 'https://player.vimeo.com/video/900000001?dnt=1', origin: 'https://player.vimeo.com' },
		});
	});

	it('offers no player for a host it does not know, or an address that names no video', () => {
		expect(videoHostOf('https://media.example.ac.uk/talks/42')).toEqual({ name: 'media.example.ac.uk' });
		expect(videoHostOf('https://www.youtube.com/@fixture-channel')).toEqual({ name: 'YouTube' });
		expect(videoHostOf('https://vimeo.com/channels/staffpicks')).toEqual({ name: 'Vimeo' });
	});
});
