/** Shared by the photo forms (client) and the photo domain (server). */
export const MAX_PHOTOS = 12;
export const MAX_ALT = 200;
