import { pictureData, type PictureData, type StoredImage } from "~/models/images/pictures";

type PictureProps = {
  /** Loaders send the compact stored form; the sources are built here, so they travel once, in the HTML. */
  image: PictureData | StoredImage;
  sizes: string;
  /** Above-the-fold images load eagerly; the rest wait until scrolled near. */
  eager?: boolean;
  className?: string;
  alt?: string;
};

/** AVIF, else JPEG, at several widths; an eager one shows its blurred placeholder while loading. */
export function Picture({ image: input, sizes, eager = false, className, alt }: PictureProps) {
  const image = "avif" in input ? input : pictureData(input);
  return (
    <picture className={className}>
      <source type="image/avif" srcSet={image.avif} sizes={sizes} />
      <img
        src={image.fallback}
        srcSet={image.jpeg}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={alt ?? image.alt}
        loading={eager ? "eager" : "lazy"}
        decoding="async"
        {...(eager ? { fetchpriority: "high" } : {})}
        // A lazy picture loads as it nears the screen, where a placeholder would hardly be seen.
        style={eager && image.placeholder ? { backgroundImage: `url(${image.placeholder})`, backgroundSize: "cover" } : undefined}
      />
    </picture>
  );
}
