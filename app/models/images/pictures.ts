/** Builds `<picture>` sources for a processed image (files from app/models/images/pipeline.server.ts). */
export type StoredImage = {
  fileKey: string;
  widths: string;
  width: number;
  height: number;
  alt: string;
  placeholder: string;
};

/** The Image columns pictureData reads: select these wherever a photo is shown. */
export const PICTURE_SELECT = { fileKey: true, widths: true, width: true, height: true, alt: true, placeholder: true } as const;

export type PictureData = {
  avif: string;
  webp: string;
  jpeg: string;
  fallback: string;
  width: number;
  height: number;
  alt: string;
  placeholder: string;
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
    webp: set("webp"),
    jpeg: set("jpg"),
    fallback: `/uploads/${image.fileKey}/${middle}.jpg`,
    width: image.width,
    height: image.height,
    alt: image.alt,
    placeholder: image.placeholder,
  };
}
