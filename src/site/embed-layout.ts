/** A frame is often 560 px tall: an embed's narrow layout is less tall than a phone's, so chart, labels and sources fit it. */
export const EMBED_NARROW_HEIGHT = 270;
