import sharp, { type Metadata, type OutputInfo } from "sharp";
import { uploadStore, type UploadStore } from "./upload-store.server";

export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
/**
 * At most 40 megapixels. A job never holds the full-size picture: it is decoded once, as a
 * stream, straight into one copy at the largest width (≤ 1280 × 5120 RGB, under 20 MB), and every
 * other width comes from that copy. Measured peak for one job (npm run bench): under 150 MB above
 * the idle server, whatever the input's size within these limits.
 */
export const MAX_INPUT_PIXELS = 40_000_000;
/** No side longer than this, and the longer side at most four times the shorter. */
export const MAX_SIDE = 10_000;
export const MAX_ASPECT_RATIO = 4;
export const IMAGE_WIDTHS = [320, 640, 960, 1280] as const;
/** Image jobs run one at a time per process (libvips already uses every core for one), the rest wait in line. */
export const IMAGE_JOB_LIMIT = 1;
/** Uploads waiting beyond this are refused ("busy, try again"), so a flood cannot pile up memory. */
export const MAX_QUEUED_IMAGE_JOBS = 16;
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp", "avif", "heif"]);

// No cache of decoded images between jobs: every upload is different, and the cache holds memory.
sharp.cache(false);

export type ImageError =
  "image.notAnImage" | "image.tooLarge" | "image.tooManyPixels" | "image.badProportions" | "image.sideTooLong" | "image.unreadable" | "image.busy";

/** An image the pipeline refuses (by its content, or while the line is full): an expected failure. */
export type ImageRefused = { ok: false; error: ImageError };
const refused = (error: ImageError): ImageRefused => ({ ok: false, error });

export type ProcessedImage = {
  ok: true;
  fileKey: string;
  width: number;
  height: number;
  widths: number[];
  placeholder: string;
};

export type PipelineOptions = {
  /** where the files go: the configured store (uploadStore()) unless a script names another */
  store?: UploadStore;
  fileKey: string;
  /** Lower effort for generated demo pictures; uploads use the defaults. */
  fast?: boolean;
};

/** The process-wide line of image jobs, with figures the tests and the benchmark read. */
export const imageJobStats = {
  active: 0,
  queued: 0,
  peak: 0,
  queuedPeak: 0,
  reset() {
    this.peak = this.active;
    this.queuedPeak = this.queued;
  },
};
const waiting: (() => void)[] = [];

async function inImageQueue<T>(job: () => Promise<T>): Promise<T | ImageRefused> {
  if (imageJobStats.active >= IMAGE_JOB_LIMIT) {
    if (waiting.length >= MAX_QUEUED_IMAGE_JOBS) return refused("image.busy");
    imageJobStats.queued++;
    imageJobStats.queuedPeak = Math.max(imageJobStats.queuedPeak, imageJobStats.queued);
    await new Promise<void>((resolve) => waiting.push(resolve));
    imageJobStats.queued--;
  } else {
    imageJobStats.active++;
  }
  imageJobStats.peak = Math.max(imageJobStats.peak, imageJobStats.active);
  try {
    return await job();
  } finally {
    const next = waiting.shift();
    // The finishing job hands its place straight to the next in line, so `active` never overshoots.
    if (next) next();
    else imageJobStats.active--;
  }
}

/** The header's verdict, before any pixel is decoded. */
function dimensionsError(metadata: Metadata): ImageError | null {
  if (!metadata.format || !ACCEPTED_FORMATS.has(metadata.format)) return "image.notAnImage";
  const { width, height } = metadata;
  if (!width || !height) return "image.unreadable";
  if (width * height > MAX_INPUT_PIXELS) return "image.tooManyPixels";
  if (Math.max(width, height) > MAX_ASPECT_RATIO * Math.min(width, height)) return "image.badProportions";
  if (Math.max(width, height) > MAX_SIDE) return "image.sideTooLong";
  return null;
}

/**
 * Decodes the upload once, as a stream, into one sRGB copy at the largest width it will be shown
 * at, already turned upright. The EXIF turn is applied to that small copy: turning the full-size
 * picture would make libvips hold all of it in memory.
 */
async function largestCopy(input: Buffer, metadata: Metadata) {
  const turned = (metadata.orientation ?? 1) >= 5;
  const [width, height] = [metadata.width, metadata.height];
  const uprightWidth = turned ? height : width;
  const target = Math.min(IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1], uprightWidth);
  const scale = target / uprightWidth;
  const small = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error", sequentialRead: true })
    .resize({ width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)), fit: "fill" })
    .toColourspace("srgb")
    .raw()
    .toBuffer({ resolveWithObject: true });
  const orientation = metadata.orientation ?? 1;
  if (orientation === 1) return small;
  // The small copy carries the EXIF orientation through an uncompressed TIFF, so sharp's own
  // auto-orientation (all eight cases, mirrored ones included) turns it.
  const { width: w, height: h, channels } = small.info;
  const tagged = await sharp(small.data, { raw: { width: w, height: h, channels } })
    .withMetadata({ orientation })
    .tiff({ compression: "none" })
    .toBuffer();
  return sharp(tagged).rotate().raw().toBuffer({ resolveWithObject: true });
}

/**
 * The one path every photo takes: check by content (not name), refuse bombs and strange
 * proportions from the header, wait for a place in the process-wide line, decode once into the
 * largest width, then write AVIF and JPEG at up to four widths from that copy, with no metadata
 * at all (no GPS). No WebP: every browser that reads WebP but not AVIF reads the JPEG, and a
 * third source cost every page its markup and every upload its encoding.
 */
export async function processImage(input: Buffer, options: PipelineOptions): Promise<ProcessedImage | ImageRefused> {
  if (input.length > MAX_UPLOAD_BYTES) return refused("image.tooLarge");
  let metadata: Metadata;
  try {
    // Only the header is read here, so the size can be judged before any pixel is decoded.
    metadata = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    return refused("image.notAnImage");
  }
  const error = dimensionsError(metadata);
  if (error) return refused(error);
  return inImageQueue(() => writeWidths(input, metadata, options));
}

async function writeWidths(input: Buffer, metadata: Metadata, options: PipelineOptions): Promise<ProcessedImage | ImageRefused> {
  let upright: { data: Buffer; info: OutputInfo };
  try {
    // failOn "error" refuses truncated and corrupt files instead of rendering half a picture.
    upright = await largestCopy(input, metadata);
  } catch {
    return refused("image.unreadable");
  }
  const { channels } = upright.info;
  const raw = { raw: { width: upright.info.width, height: upright.info.height, channels } } as const;
  const turned = (metadata.orientation ?? 1) >= 5;
  const width = turned ? metadata.height : metadata.width;
  const height = turned ? metadata.width : metadata.height;
  const widths: number[] = IMAGE_WIDTHS.filter((w) => w <= width);
  if (widths.length === 0) widths.push(width);

  const store = options.store ?? uploadStore();
  const put = async (name: string, image: Promise<Buffer>) => {
    await store.put(`${options.fileKey}/${name}`, await image);
  };
  try {
    // AVIF effort 2: a tenth of effort 4's time on a 12 MP photo for nearly the same size.
    for (const w of widths) {
      const resized = sharp(upright.data, raw).resize({ width: w, withoutEnlargement: true });
      await Promise.all([
        // Demo pictures: chroma at half resolution, as the JPEG beside them already is;
        // sharp's AVIF default (full-resolution chroma) took half of a first seed's time.
        put(
          `${w}.avif`,
          resized
            .clone()
            .avif({ quality: 50, effort: options.fast ? 0 : 2, ...(options.fast ? { chromaSubsampling: "4:2:0" } : {}) })
            .toBuffer(),
        ),
        put(`${w}.jpg`, resized.clone().jpeg({ quality: 78, mozjpeg: !options.fast }).toBuffer()),
      ]);
    }
    const tiny = await sharp(upright.data, raw).resize({ width: 16 }).blur(1).webp({ quality: 40 }).toBuffer();
    return {
      ok: true,
      fileKey: options.fileKey,
      width,
      height,
      widths,
      placeholder: `data:image/webp;base64,${tiny.toString("base64")}`,
    };
  } catch (error) {
    await store.removeUpload(options.fileKey).catch(() => {});
    throw error;
  }
}

/** Removes one upload's files from the store (a refused or withdrawn photo). */
export async function deleteImageFiles(fileKey: string, store: UploadStore = uploadStore()) {
  await store.removeUpload(fileKey);
}
