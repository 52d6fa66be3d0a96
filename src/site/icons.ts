import { Resvg } from "@resvg/resvg-js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The site's icons, all drawn at build time from the one source, public/favicon.svg (no network,
 * no committed binaries): favicon.ico for browsers and tools that ask for it, the Apple touch
 * icon, and the web manifest's PNGs.
 */
export const faviconSvg = (): string => readFileSync(join(process.cwd(), "public/favicon.svg"), "utf8");

/** The icon as a square PNG; `background` fills its transparent corners (an Apple touch icon must be opaque). */
export function iconPng(svg: string, size: number, background?: string): Uint8Array {
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: the icon has no text, so no font is needed (not loading them is faster)
  return new Resvg(svg, { fitTo: { mode: "width", value: size }, ...(background && { background }), font: { loadSystemFonts: false } }).render().asPng();
}

/**
 * An ICO file holding PNG images (the format since Windows Vista, read by every current browser):
 * a 6-byte header, a 16-byte entry per image (size, 32 bits per pixel, length, offset), then the PNGs.
 */
export function icoFile(images: Array<{ size: number; png: Uint8Array }>): Uint8Array {
  const header = Buffer.alloc(6 + 16 * images.length);
  // Stryker disable next-line all: Buffer.alloc fills with zeros; the reserved field is written for the reader
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, e); // width (0 means 256)
    header.writeUInt8(size >= 256 ? 0 : size, e + 1); // height
    header.writeUInt8(0, e + 2); // no palette
    header.writeUInt8(0, e + 3); // reserved
    header.writeUInt16LE(1, e + 4); // colour planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(png.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += png.length;
  });
  return new Uint8Array(Buffer.concat([header, ...images.map((i) => Buffer.from(i.png))]));
}

/** The sizes favicon.ico holds: tabs and bookmarks (16), taskbars and high-density tabs (32, 48). */
export const ICO_SIZES = [16, 32, 48];
/** The web manifest's icon sizes (Android's home screen and splash screen). */
export const MANIFEST_ICON_SIZES = [192, 512];
/** The Apple touch icon's size (the iPhone home screen at 3x). */
export const TOUCH_ICON_SIZE = 180;
/** The icon's own background (public/favicon.svg), for the touch icon's corners. */
export const ICON_BACKGROUND = "#1a1a1a";
