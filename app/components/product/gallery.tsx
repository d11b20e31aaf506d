import type { StoredImage } from "~/models/images/pictures";
import { Picture } from "~/components/picture";
import { useTranslator } from "~/utils/use-translator";

/**
 * The product's photos as a CSS scroll-snap strip: swipe on a phone, thumbnails that are plain
 * links to each slide (no JavaScript needed), and on a desktop pointer a photo zooms in under the
 * cursor's hover.
 */
export function ProductGallery({ images, title }: { images: StoredImage[]; title: string }) {
  const { t } = useTranslator();
  if (images.length === 0) return null;
  return (
    <div className="gallery">
      {/* focusable, so the strip can be scrolled from the keyboard too */}
      <div className="gallery__track" role="region" aria-label={t("product.photos")} tabIndex={0}>
        <ul>
          {images.map((image, index) => (
            <li key={image.fileKey} id={`photo-${index + 1}`} className="gallery__slide">
              <Picture image={image} alt={index === 0 ? image.alt || title : image.alt} sizes="(min-width: 900px) 560px, 100vw" eager={index === 0} />
              {images.length > 1 ? (
                <span className="gallery__count" aria-hidden="true">
                  {index + 1} / {images.length}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
      {images.length > 1 ? (
        <ul className="gallery__thumbs">
          {images.map((image, index) => (
            <li key={image.fileKey}>
              <a
                href={`#photo-${index + 1}`}
                aria-label={t("product.photoOf", {
                  n: index + 1,
                  count: images.length,
                })}
              >
                <Picture image={image} alt="" sizes="96px" />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
