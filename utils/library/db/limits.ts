// Bounds that keep one article (or one hostile page) from filling the disk.
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_IMAGES_BYTES_PER_ARTICLE = 25 * 1024 * 1024;
export const MAX_IMAGES_PER_ARTICLE = 200;
export const MAX_TAGS = 50;
export const MAX_TAG_LENGTH = 60;
