/**
 * The one layout every mail goes out in: a plain-text part and an HTML part built from the same
 * blocks, so both always say the same thing. Everything that comes from people (names, titles,
 * addresses, reasons) is escaped in the HTML part; URLs become links.
 *
 * To add a kind of mail (a booking reminder, say): build its blocks (paragraphs, a `facts` block
 * per order or booking, one `action` for the link back) and pass them to `renderMail`, or queue
 * it with `enqueueMail({ blocks })` from ./outbox.server.
 */
export type MailBlock =
  /** a paragraph; single line breaks are kept */
  | { kind: "text"; text: string }
  /** a titled list of label/value rows (an order: its items, dates, where, total) */
  | { kind: "facts"; title: string; rows: { label: string; value: string }[] }
  /** the one link the mail leads to */
  | { kind: "action"; label: string; url: string };

export type RenderedMail = { subject: string; text: string; html: string };

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

const URL_PATTERN = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g;

/** Escaped text with line breaks kept and http(s) URLs as links (found after escaping, so no markup can sneak in). */
function richText(value: string): string {
  return escapeHtml(value)
    .replace(URL_PATTERN, (url) => `<a href="${url}" style="color:#1f6f43">${url}</a>`)
    .replace(/\n/g, "<br>");
}

/** Paragraphs of a translated mail body (blank lines separate them). */
export function paragraphs(body: string): MailBlock[] {
  return body
    .split(/\n{2,}/)
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => ({ kind: "text", text }));
}

function blockText(block: MailBlock): string {
  switch (block.kind) {
    case "text":
      return block.text;
    case "facts":
      return [block.title, ...block.rows.map((row) => (row.label ? `  ${row.label}: ${row.value}` : `  ${row.value}`))].join("\n");
    case "action":
      return `${block.label}:\n${block.url}`;
  }
}

function blockHtml(block: MailBlock): string {
  switch (block.kind) {
    case "text":
      return `<p style="margin:0 0 16px">${richText(block.text)}</p>`;
    case "facts": {
      const rows = block.rows
        .map((row) =>
          row.label
            ? `<tr><th scope="row" style="text-align:left;font-weight:600;padding:4px 12px 4px 0;vertical-align:top">${escapeHtml(row.label)}</th><td style="padding:4px 0">${richText(row.value)}</td></tr>`
            : `<tr><td colspan="2" style="padding:4px 0">${richText(row.value)}</td></tr>`,
        )
        .join("");
      return `<table role="presentation" style="width:100%;border:1px solid #d8ded9;border-radius:8px;padding:12px;margin:0 0 16px;border-collapse:separate"><caption style="text-align:left;font-weight:700;padding:0 0 8px">${escapeHtml(block.title)}</caption>${rows}</table>`;
    }
    case "action":
      return `<p style="margin:0 0 16px"><a href="${escapeHtml(block.url)}" style="display:inline-block;background:#1f6f43;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(block.label)}</a></p>`;
  }
}

/** Both parts of a mail in the layout. `lang` is the recipient's language (for the HTML `lang`). */
export function renderMail(input: { lang: string; subject: string; blocks: MailBlock[]; signature?: string }): RenderedMail {
  const text = [...input.blocks.map(blockText), ...(input.signature ? [input.signature] : [])].join("\n\n");
  const html = `<!doctype html>
<html lang="${escapeHtml(input.lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(input.subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f6f4;font-family:Arial,Helvetica,sans-serif;color:#1c2320;font-size:16px;line-height:1.5">
<div style="max-width:600px;margin:0 auto;padding:24px 16px">
<p style="margin:0 0 20px;font-size:20px;font-weight:700;color:#1f6f43">ABAD Market</p>
${input.blocks.map(blockHtml).join("\n")}
${input.signature ? `<p style="margin:24px 0 0;color:#5b6660;font-size:14px">${richText(input.signature)}</p>` : ""}
</div>
</body>
</html>
`;
  return { subject: input.subject, text, html };
}
