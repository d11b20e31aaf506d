import type { PictureData } from "~/models/catalog/images";

type PictureProps = {
  image: PictureData;
  sizes: string;
  /** Above-the-fold images load eagerly; the rest wait until scrolled near. */
  eager?: boolean;
  className?: string;
  alt?: string;
};

/** AVIF, then WebP, then JPEG at several widths, with a blurred placeholder while loading. */
export function Picture({ image, sizes, eager = false, className, alt }: PictureProps) {
  return (
    <picture className={className}>
      <source type="image/avif" srcSet={image.avif} sizes={sizes} />
      <source type="image/webp" srcSet={image.webp} sizes={sizes} />
      <img
        src={image.fallback}
        srcSet={image.jpeg}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={alt ?? image.alt}
        loading={eager ? "eager" : "lazy"}
        decoding="async"
        fetchPriority={eager ? "high" : undefined}
        style={image.placeholder ? { backgroundImage: `url(${image.placeholder})`, backgroundSize: "cover" } : undefined}
      />
    </picture>
  );
}
