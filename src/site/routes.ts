/** getStaticPaths of every page with a parameter (the routes in src/pages/). */
import { BUILD_DAY } from './context.ts';
import { getArchive } from './archive.ts';
import { personCacheKey, speechCacheKey } from '../lib/archive/cache-key.ts';
import { lastChanged } from '../lib/git.ts';
import { tagIndex } from '../lib/tags.ts';
import { englishPositions } from '../lib/positions.ts';
import { speechYears } from '../lib/speech-list.ts';

export async function conferenceRoutes() {
  const archive = await getArchive();
  return archive.conferences.map((conference) => ({ params: { conference: conference.id }, props: { conference } }));
}

export async function speechRoutes() {
  const archive = await getArchive();
  const { byName } = tagIndex(archive);
  const english = englishPositions(archive);
  return archive.speeches.map((speech) => ({
    params: { conference: speech.conference.id, speech: speech.slug },
    props: { speech },
    // Astro's incremental build (issue 6). Besides the records: what the page takes from others,
    // the addresses of its tags and the English of its positions (which another record may give).
    cacheKey: speechCacheKey(speech, [
      lastChanged(speech.filePath),
      BUILD_DAY,
      ...speech.data.tags.map((t) => byName.get(t)?.path),
      ...speech.speakers.map((sp) => english.get(sp.position)),
    ]),
  }));
}

export async function personRoutes() {
  const archive = await getArchive();
  const english = englishPositions(archive);
  return archive.people.map((person) => ({
    params: { id: person.id },
    props: { person },
    // The English of the positions the timeline shows may come from another record.
    cacheKey: personCacheKey(person, [
      lastChanged(person.filePath),
      BUILD_DAY,
      ...[
        ...person.appearances.map((a) => a.speaker.position),
        ...person.presided.map((x) => x.position),
        ...person.attended.map((x) => x.attendee.position),
      ].map((p) => english.get(p)),
    ]),
  }));
}

export async function organizationRoutes() {
  const archive = await getArchive();
  return archive.organizations.map((org) => ({ params: { id: org.id }, props: { org } }));
}

export async function regionRoutes() {
  const archive = await getArchive();
  return archive.regions.map((region) => ({ params: { id: region.id }, props: { region } }));
}

export async function seriesRoutes() {
  const archive = await getArchive();
  return archive.series.map((series) => ({ params: { id: series.id }, props: { series } }));
}

export async function yearRoutes() {
  const archive = await getArchive();
  return archive.years.map((year) => ({ params: { year: String(year.year) }, props: { year } }));
}

export async function tagRoutes() {
  const archive = await getArchive();
  return tagIndex(archive).tags.map((tag) => ({ params: { tag: tag.slug }, props: { tag } }));
}

export async function speechYearRoutes() {
  const archive = await getArchive();
  return speechYears(archive).map(({ year }) => ({ params: { year: String(year.year) }, props: { year } }));
}
