import { Form, useNavigation } from "@remix-run/react";
import { Picture } from "~/components/picture";
import type { MessageKey } from "~/locales/types";
import type { PictureData } from "~/models/images/pictures";
import { useTranslator } from "~/utils/use-translator";

/** "added" and "removing" photos wait for a mentor (a live listing or profile keeps its photos until then). */
type Photo = { id: string; alt: string; picture: PictureData; state?: "live" | "added" | "removing" };
type Reply = { ok: true; message: MessageKey } | { ok: false; error: MessageKey; imageId?: string };

/** Upload, alt text, order and removal of photos; plain forms, so it works without JavaScript. */
export function PhotoManager({ photos, reply, max }: { photos: Photo[]; reply?: Reply | null; max: number }) {
  const { t } = useTranslator();
  const navigation = useNavigation();
  const uploading = navigation.state === "submitting" && navigation.formData?.get("intent") === "upload";
  return (
    <div className="stack">
      {reply ? (
        <p className={`notice${reply.ok ? "" : " notice--error"}`} role={reply.ok ? "status" : "alert"}>
          {t(reply.ok ? reply.message : reply.error)}
        </p>
      ) : null}
      <Form method="post" encType="multipart/form-data" className="card stack photo-upload">
        <h2>{t("dashboard.photos.add")}</h2>
        <p className="field__hint">{t("dashboard.photos.rules")}</p>
        <div className="field">
          <label htmlFor="photo">{t("dashboard.photos.file")}</label>
          <input id="photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp,image/avif,image/heic,image/heif" required />
        </div>
        <div className="field">
          <label htmlFor="photo-alt">{t("dashboard.photos.alt")}</label>
          <p className="field__hint" id="photo-alt-hint">
            {t("dashboard.photos.altHint")}
          </p>
          <input id="photo-alt" name="alt" type="text" maxLength={200} aria-describedby="photo-alt-hint" />
        </div>
        <button type="submit" name="intent" value="upload" className="button" disabled={uploading || photos.length >= max}>
          {uploading ? t("dashboard.photos.uploading") : t("dashboard.photos.upload")}
        </button>
        {/* Image jobs run one at a time per server, so an upload may wait in line: say so. */}
        <p className="field__hint" role="status">
          {uploading ? t("dashboard.photos.processing") : ""}
        </p>
      </Form>
      <h2>{t("dashboard.photos.current", { count: photos.length, max })}</h2>
      {photos.length === 0 ? (
        <p className="muted">{t("dashboard.photos.none")}</p>
      ) : (
        <ol className="photo-list">
          {photos.map((photo, index) => {
            const altId = `alt-${photo.id}`;
            const error = reply && !reply.ok && reply.imageId === photo.id ? reply.error : null;
            return (
              <li key={photo.id} className="photo-item card">
                <Picture image={photo.picture} sizes="160px" alt={photo.alt} className="photo-item__image" />
                {photo.state === "added" || photo.state === "removing" ? (
                  <p className="badge badge--pending">{t(photo.state === "added" ? "dashboard.photos.stateAdded" : "dashboard.photos.stateRemoving")}</p>
                ) : null}
                <Form method="post" className="photo-item__form">
                  <input type="hidden" name="imageId" value={photo.id} />
                  <div className="field">
                    <label htmlFor={altId}>{t("dashboard.photos.altFor", { n: index + 1 })}</label>
                    <input
                      id={altId}
                      name="alt"
                      type="text"
                      defaultValue={photo.alt}
                      key={photo.alt}
                      maxLength={200}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${altId}-error` : undefined}
                    />
                    {error ? (
                      <p className="field__errors" id={`${altId}-error`}>
                        {t(error)}
                      </p>
                    ) : null}
                  </div>
                  <div className="photo-item__actions">
                    <button type="submit" name="intent" value="alt" className="button button--small">
                      {t("dashboard.photos.saveAlt")}
                    </button>
                    <button type="submit" name="intent" value="up" className="button button--small button--secondary" disabled={index === 0}>
                      ↑ {t("dashboard.photos.moveUp")}
                      <span className="visually-hidden">: {t("dashboard.photos.photoN", { n: index + 1 })}</span>
                    </button>
                    <button type="submit" name="intent" value="down" className="button button--small button--secondary" disabled={index === photos.length - 1}>
                      ↓ {t("dashboard.photos.moveDown")}
                      <span className="visually-hidden">: {t("dashboard.photos.photoN", { n: index + 1 })}</span>
                    </button>
                    <button type="submit" name="intent" value="delete" className="button button--small button--danger" disabled={photo.state === "removing"}>
                      {t("dashboard.photos.delete")}
                      <span className="visually-hidden">: {t("dashboard.photos.photoN", { n: index + 1 })}</span>
                    </button>
                  </div>
                </Form>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
