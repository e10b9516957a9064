import type { DigitalDocument, Event as SchemaEvent, ImageObject, PresentationDigitalDocument, VideoObject, WithContext } from 'schema-dts';
import { compact } from '../compact';
import { partialDateToIso } from '../dates';
import { formatFileSize } from '../format';
import { doiUrl } from './identifier-links';
import { authorLd, identifiers } from './json-ld';
import type { MaterialRecord } from './material-record';

const CONTEXT = 'https://schema.org' as const;

/**
 * A talk material as schema.org describes it: slides are a PresentationDigitalDocument
 * ("a file containing slides or used for a presentation"), a poster a DigitalDocument, or
 * an ImageObject when it is a picture, and a recording a VideoObject, whose embedUrl is
 * the host's player. None is an encoding of the paper (which `encoding` would say): each
 * is a work of its own about it, so a paper names them as `subjectOf`.
 */
export function materialLd(record: MaterialRecord): PresentationDigitalDocument | DigitalDocument | ImageObject | VideoObject {
	const common = {
		'@id': record.url,
		name: record.title,
		url: record.url,
		license: record.licence,
		identifier: identifiers(record),
		sameAs: record.doi && doiUrl(record.doi),
		author: record.authors.length > 0 ? record.authors.map(authorLd) : undefined,
		dateCreated: record.issued && partialDateToIso(record.issued),
		genre: record.label,
	};
	if (record.video) return compact({ '@type': 'VideoObject', ...common, embedUrl: record.video.player?.src });
	const file = record.file!;
	const type = record.kind === 'slides' ? 'PresentationDigitalDocument' : file.type.startsWith('image/') ? 'ImageObject' : 'DigitalDocument';
	return compact({ '@type': type, ...common, contentUrl: file.url, encodingFormat: file.type, contentSize: formatFileSize(file.bytes) });
}

/**
 * The sessions of a programme that have materials, as Events: their slides and posters
 * are works the event featured (`workFeatured`), their video the work it was recorded in
 * (`recordedIn`).
 */
export function sessionMaterialsLd(
	sessions: { name: string; url: string; start?: Date | undefined; materials: MaterialRecord[] }[],
): WithContext<SchemaEvent>[] {
	return sessions
		.filter((session) => session.materials.length > 0)
		.map((session) => {
			const featured = session.materials.filter((material) => !material.video).map(materialLd);
			const recorded = session.materials.filter((material) => material.video).map(materialLd);
			return compact({
				'@context': CONTEXT,
				'@type': 'Event',
				'@id': session.url,
				name: session.name,
				url: session.url,
				startDate: session.start?.toISOString(),
				workFeatured: featured.length > 0 ? featured : undefined,
				recordedIn: recorded.length > 0 ? recorded : undefined,
			});
		});
}
