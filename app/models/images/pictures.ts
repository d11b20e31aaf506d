/** Builds `<picture>` sources for a processed image (files from app/models/images/pipeline.server.ts). */
export type StoredImage = {
  fileKey: string;
  widths: string;
  width: number;
  height: number;
  alt: string;
  /** A tiny blurred WebP as a data URI; only pictures loaded eagerly carry it (see withoutPlaceholder). */
  placeholder?: string;
};

/** The Image columns pictureData reads: select these wherever a photo is shown. */
export const PICTURE_SELECT = { fileKey: true, widths: true, width: true, height: true, alt: true, placeholder: true } as const;

export type PictureData = {
  avif: string;
  jpeg: string;
  fallback: string;
  width: number;
  height: number;
  alt: string;
  placeholder?: string;
};

export function pictureData(image: StoredImage): PictureData {
  const widths = image.widths
    .split(",")
    .map(Number)
    .filter((w) => w > 0);
  const set = (ext: string) => widths.map((w) => `/uploads/${image.fileKey}/${w}.${ext} ${w}w`).join(", ");
  const middle = widths.find((w) => w >= 640) ?? widths[widths.length - 1];
  return {
    avif: set("avif"),
    jpeg: set("jpg"),
    fallback: `/uploads/${image.fileKey}/${middle}.jpg`,
    width: image.width,
    height: image.height,
    alt: image.alt,
    ...(image.placeholder ? { placeholder: image.placeholder } : {}),
  };
}

/**
 * The picture without its blurred placeholder, for pictures loaded lazily: they are fetched as they
 * near the screen, so the placeholder is hardly seen, and as base64 it does not compress and goes to
 * the browser twice (in the HTML and again in the loader data).
 */
export function withoutPlaceholder<Image extends StoredImage | PictureData>(image: Image): Image {
  const { placeholder: _unseen, ...rest } = image;
  return rest as Image;
}

/** Items whose `image` keeps its placeholder only among the first `eagerCount`, the ones a page loads eagerly. */
export function placeholdersForFirst<Item extends { image: StoredImage | null }>(items: Item[], eagerCount: number): Item[] {
  return items.map((item, index) => (index < eagerCount || !item.image ? item : { ...item, image: withoutPlaceholder(item.image) }));
}
