import { publicPhotoPath, type TrackingLink } from '@kerbside/shared';

/** The crew's photos of the finished work, served by the council without location data. */
export function AfterPhotos({ photoIds, link, address }: { photoIds: readonly string[]; link: TrackingLink; address: string }) {
  if (photoIds.length === 0) return null;
  return (
    <section aria-labelledby="after-photos-title">
      <h2 id="after-photos-title">{photoIds.length === 1 ? 'Photo of the finished work' : 'Photos of the finished work'}</h2>
      {photoIds.map((id, index) => (
        <figure className="track-photo" key={id}>
          <img
            className="track-photo__image"
            src={publicPhotoPath(id, link)}
            alt={`The finished work at ${address}, photographed by the crew${photoIds.length > 1 ? ` (photo ${index + 1} of ${photoIds.length})` : ''}`}
            loading="lazy"
          />
        </figure>
      ))}
    </section>
  );
}
