import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { faviconSvg, ICO_SIZES, icoFile, iconPng } from "./icons.ts";

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#1a1a1a"/></svg>`;

describe("icoFile", () => {
  it("writes the ICO directory (type 1, one 16-byte entry per image) and the PNGs at the offsets it names", () => {
    const a = new Uint8Array([1, 2, 3]);
    const b = new Uint8Array([4, 5, 6, 7, 8]);
    const ico = Buffer.from(icoFile([{ size: 16, png: a }, { size: 256, png: b }]));
    expect([...ico.subarray(0, 6)]).toEqual([0, 0, 1, 0, 2, 0]);
    // Entry 1: 16×16, 32 bits, 3 bytes at 6 + 32 = 38.
    expect([ico[6], ico[7], ico.readUInt16LE(10), ico.readUInt16LE(12), ico.readUInt32LE(14), ico.readUInt32LE(18)]).toEqual([16, 16, 1, 32, 3, 38]);
    // Entry 2: 256 is written as 0; 5 bytes at 41.
    expect([ico[22], ico[23], ico.readUInt32LE(30), ico.readUInt32LE(34)]).toEqual([0, 0, 5, 41]);
    expect([...ico.subarray(38)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe("iconPng", () => {
  it("draws the icon at the size asked, opaque where a background is given", async () => {
    const png = Buffer.from(iconPng(SVG, 180, "#1a1a1a"));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([180, 180]);
    expect(Buffer.from(iconPng(SVG, 48)).readUInt32BE(16)).toBe(48);
    // The top-left corner lies outside the rounded square: the background colour, or transparent.
    const corner = async (p: Uint8Array) => [...(await sharp(Buffer.from(p)).ensureAlpha().raw().toBuffer()).subarray(0, 4)];
    expect(await corner(png)).toEqual([26, 26, 26, 255]);
    expect((await corner(iconPng(SVG, 180)))[3]).toBe(0);
  });
});

describe("favicon.ico", () => {
  it("is drawn from public/favicon.svg", () => {
    expect(faviconSvg()).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it("holds the site's icon at 16, 32 and 48 pixels, each entry pointing at its PNG", async () => {
    const pngs = ICO_SIZES.map((size) => ({ size, png: iconPng(faviconSvg(), size) }));
    const ico = Buffer.from(icoFile(pngs));
    expect(ico.readUInt16LE(4)).toBe(3);
    for (let i = 0; i < 3; i++) {
      const e = 6 + 16 * i;
      const [length, offset] = [ico.readUInt32LE(e + 8), ico.readUInt32LE(e + 12)];
      expect(ico[e], `entry ${i}`).toBe([16, 32, 48][i]);
      expect(length).toBe(pngs[i].png.length);
      expect(ico.subarray(offset, offset + 8).toString("latin1"), `entry ${i}`).toBe("\x89PNG\r\n\x1a\n");
      expect((await sharp(ico.subarray(offset, offset + length)).metadata()).width).toBe([16, 32, 48][i]);
    }
  });
});
